import { timingSafeEqual } from 'node:crypto';
import type { Config } from '@kenali/adapters';
import { type AppLinks, type UserDirectory, type UserSummary, UserId, isUuid } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type { JWTVerifyGetKey, jwtVerify as JwtVerify } from 'jose';
import type { Middleware } from 'koa';
import { problem, sendProblem, storageUnavailable } from '../problem.js';

declare module 'koa' {
  interface DefaultState {
    user?: UserSummary;
  }
}

export type AuthOptions = Config['auth'];

const ALLOWED_ROLES = new Set(['USER', 'EXPERT']);

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const unauthorized = (detail: string) => problem(401, 'unauthorized', 'Unauthorized', detail);

/** Resolves the caller's user id from the gateway header or a Bearer JWT (decisions §7). */
const userIdResolver = (
  options: AuthOptions,
): ((header: (name: string) => string) => Promise<string | Error>) => {
  if (options.mode === 'gateway') {
    return (header) => {
      const secret = options.sharedSecret;
      if (secret !== undefined && !sameSecret(header('x-gateway-secret'), secret)) {
        return Promise.resolve(new Error('gateway secret tidak valid'));
      }
      const id = header('x-user-id');
      return Promise.resolve(id === '' ? new Error('header x-user-id wajib diisi') : id);
    };
  }
  // jose (some fifty modules) is loaded by the first token, so gateway mode and start-up never pay for it.
  let loading: Promise<{ key: Uint8Array | JWTVerifyGetKey; jwtVerify: typeof JwtVerify }>;
  const load = () =>
    (loading ??= import('jose').then(({ createRemoteJWKSet, jwtVerify }) => ({
      key: options.secret
        ? new TextEncoder().encode(options.secret)
        : createRemoteJWKSet(new URL(options.jwksUrl ?? '')),
      jwtVerify,
    })));
  return async (header) => {
    const match = /^Bearer\s+(.+)$/i.exec(header('authorization'));
    if (!match?.[1]) return new Error('token Bearer wajib diisi');
    const { key, jwtVerify } = await load();
    try {
      // One algorithm, `exp` required (a token without one would never expire), skew bounded by the leeway.
      const verified = await jwtVerify(match[1], key as Uint8Array, {
        algorithms: [options.algorithm],
        requiredClaims: ['exp', 'sub'],
        clockTolerance: options.leewaySeconds,
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
      });
      return verified.payload.sub ?? new Error('token tanpa sub');
    } catch {
      return new Error('token tidak valid');
    }
  };
};

const STORAGE_DOWN = Symbol('storage unavailable');

/** The web client's opening-link header (ADR 0029). */
export const APP_LINK_HEADER = 'x-kenali-link';

/**
 * Standalone mode's web client sends the opening link `kenali user create --link` printed. Links count only
 * in gateway mode without a gateway secret (loopback or an explicit opt-in, ADR 0020): behind a real gateway
 * the gateway is the identity, and in JWT mode the token is.
 */
const linkResolver = (options: AuthOptions, links: AppLinks) => {
  const accepted = options.mode === 'gateway' && options.sharedSecret === undefined;
  return async (token: string): Promise<string | Error | typeof STORAGE_DOWN | undefined> => {
    if (token === '') return undefined;
    if (!accepted) return new Error('tautan aplikasi tidak berlaku pada mode autentikasi ini');
    const found = await links.userOf(token)();
    if (E.isLeft(found)) return STORAGE_DOWN;
    return O.isSome(found.right) ? found.right.value : new Error('tautan tidak valid atau sudah dihapus');
  };
};

/** Authenticates and authorises: unknown user → 401, role other than USER/EXPERT → 403. */
export const authenticate = (options: AuthOptions, users: UserDirectory, links: AppLinks): Middleware => {
  const resolve = userIdResolver(options);
  const resolveLink = linkResolver(options, links);
  return async (ctx, next) => {
    const linked = await resolveLink(ctx.get(APP_LINK_HEADER));
    if (linked === STORAGE_DOWN) return sendProblem(ctx, storageUnavailable());
    const id = linked ?? (await resolve((name) => ctx.get(name)));
    if (id instanceof Error) return sendProblem(ctx, unauthorized(id.message));
    if (!isUuid(id)) return sendProblem(ctx, unauthorized('format user ID tidak valid'));
    const found = await users.find(UserId(id))();
    if (E.isLeft(found)) {
      return sendProblem(ctx, storageUnavailable());
    }
    if (O.isNone(found.right)) return sendProblem(ctx, unauthorized('user tidak ditemukan'));
    if (!ALLOWED_ROLES.has(found.right.value.role)) {
      return sendProblem(ctx, problem(403, 'forbidden', 'Forbidden', 'role tidak diizinkan untuk tes ini'));
    }
    ctx.state.user = found.right.value;
    await next();
  };
};
