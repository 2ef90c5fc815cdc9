import { type KenaliClient, type Problem, createKenaliClient, isProblem } from '@kenali/client';
import { type Identity, identityHeaders } from './identity.js';

export type { Problem };

/** What went wrong, for the screen: a problem body from kenali, or no answer at all. */
export interface Failure {
  readonly status: number;
  readonly problem?: Problem;
  readonly retryAfterSeconds?: number;
}

export type Outcome<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly failure: Failure };

let identity: Identity = { kind: 'none' };
export const setIdentity = (next: Identity): void => {
  identity = next;
};

export const api: KenaliClient = createKenaliClient({
  baseUrl: window.location.origin,
  fetch: (request) => {
    for (const [name, value] of Object.entries(identityHeaders(identity))) request.headers.set(name, value);
    return fetch(request);
  },
});

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** Runs one request and turns its answer into an outcome the screens can show. */
export const call = async <T>(request: () => Promise<Answer<T>>): Promise<Outcome<T>> => {
  try {
    const answer = await request();
    if (answer.response.ok && answer.data !== undefined) return { ok: true, data: answer.data };
    const retryAfter = Number(answer.response.headers.get('retry-after'));
    return {
      ok: false,
      failure: {
        status: answer.response.status,
        ...(isProblem(answer.error) ? { problem: answer.error } : {}),
        ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
      },
    };
  } catch {
    return { ok: false, failure: { status: 0 } };
  }
};

/**
 * One user action = one Idempotency-Key. The key lives as long as the action: the "Coba lagi" button of a
 * 503 or a lost answer sends the same key again, so the server runs the action at most once.
 */
export const action = (): { readonly headers: { 'Idempotency-Key': string } } => {
  // getRandomValues also works where randomUUID does not (a page served over plain http to a LAN address).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return { headers: { 'Idempotency-Key': key } };
};

/** The card is SVG text; fetched with the identity and shown through an object URL. */
export const fetchCard = async (sessionToken: string): Promise<Outcome<string>> => {
  try {
    const response = await fetch(
      `/api/v1/career-profile/result/${encodeURIComponent(sessionToken)}/card.svg`,
      {
        headers: identityHeaders(identity),
      },
    );
    if (response.ok) return { ok: true, data: await response.text() };
    const body: unknown = await response.json().catch(() => undefined);
    return { ok: false, failure: { status: response.status, ...(isProblem(body) ? { problem: body } : {}) } };
  } catch {
    return { ok: false, failure: { status: 0 } };
  }
};
