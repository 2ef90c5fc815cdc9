/**
 * Who the web client acts as (ADR 0029). Standalone mode: the opening link printed by
 * `kenali user create --link` (`/app/#link=…`), kept in this browser's localStorage and sent as
 * `x-kenali-link`; a user id is never typed in nor sent by the client. JWT mode: a Bearer token the person
 * pastes, kept for this tab only (sessionStorage). Behind a gateway with a secret: nothing; the gateway
 * adds the identity.
 */

export type Identity =
  | { readonly kind: 'link'; readonly token: string }
  | { readonly kind: 'bearer'; readonly token: string }
  | { readonly kind: 'none' };

export interface AppConfig {
  readonly authMode: 'gateway' | 'jwt';
  /** Opening links are accepted (gateway mode without a gateway secret). */
  readonly links: boolean;
}

const LINK_KEY = 'kenali.link';
const BEARER_KEY = 'kenali.bearer';
const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const identityHeaders = (identity: Identity): Record<string, string> => {
  if (identity.kind === 'link') return { 'x-kenali-link': identity.token };
  if (identity.kind === 'bearer') return { authorization: `Bearer ${identity.token}` };
  return {};
};

export const loadConfig = async (): Promise<AppConfig> => {
  const response = await fetch('config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as AppConfig;
};

/** Takes a link from the address (and removes it from there, so it is not bookmarked or shared by accident). */
const linkFromAddress = (): string | undefined => {
  const match = /(?:^#|&)link=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return undefined;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  const token = decodeURIComponent(match[1]);
  return LINK_TOKEN.test(token) ? token : undefined;
};

export const currentIdentity = (config: AppConfig): Identity => {
  if (config.authMode === 'jwt') {
    const token = sessionStorage.getItem(BEARER_KEY);
    return token ? { kind: 'bearer', token } : { kind: 'none' };
  }
  if (!config.links) return { kind: 'none' };
  const fresh = linkFromAddress();
  if (fresh) {
    if (localStorage.getItem(LINK_KEY) !== fresh) clearProgress();
    localStorage.setItem(LINK_KEY, fresh);
  }
  const token = localStorage.getItem(LINK_KEY);
  return token ? { kind: 'link', token } : { kind: 'none' };
};

export const rememberBearer = (token: string): void => sessionStorage.setItem(BEARER_KEY, token.trim());

/** Forgets the identity (a 401): the person opens a new link or pastes another token. */
export const forgetIdentity = (): void => {
  localStorage.removeItem(LINK_KEY);
  sessionStorage.removeItem(BEARER_KEY);
  clearProgress();
};

/** Progress belongs to one person: a different link starts from a clean slate. */
const clearProgress = (): void => localStorage.removeItem('kenali.progress');
