// @ts-nocheck
import { timingSafeEqual } from 'node:crypto';
import type { Config } from '@kenali/adapters';
import { type UserDirectory, type UserSummary, UserId, isUuid } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { type JWTVerifyGetKey, createRemoteJWKSet, jwtVerify } from 'jose';
import type { Middleware } from 'koa';
import { problem, sendProblem } from '../problem.js';

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
  const key: Uint8Array | JWTVerifyGetKey = options.secret
    ? new TextEncoder().encode(options.secret)
    : createRemoteJWKSet(new URL(options.jwksUrl ?? ''));
  return async (header) => {
    const match = /^Bearer\s+(.+)$/i.exec(header('authorization'));
    if (!match?.[1]) return new Error('token Bearer wajib diisi');
    try {
      const verified = await jwtVerify(match[1], key as Uint8Array, {
        ...(options.issuer ? { issuer: options.issuer } : {}),
        ...(options.audience ? { audience: options.audience } : {}),
      });
      return verified.payload.sub ?? new Error('token tanpa sub');
    } catch {
      return new Error('token tidak valid');
    }
  };
};

/** Authenticates and authorises: unknown user → 401, role other than USER/EXPERT → 403. */
export const authenticate = (options: AuthOptions, users: UserDirectory): Middleware => {
  const resolve = userIdResolver(options);
  return async (ctx, next) => {
    const id = await resolve((name) => ctx.get(name));
    if (id instanceof Error) return sendProblem(ctx, unauthorized(id.message));
    if (!isUuid(id)) return sendProblem(ctx, unauthorized('format user ID tidak valid'));
    const found = await users.find(UserId(id))();
    if (E.isLeft(found)) {
      return sendProblem(
        ctx,
        problem(503, 'storage-unavailable', 'Service Unavailable', 'database tidak tersedia'),
      );
    }
    if (O.isNone(found.right)) return sendProblem(ctx, unauthorized('user tidak ditemukan'));
    if (!ALLOWED_ROLES.has(found.right.value.role)) {
      return sendProblem(ctx, problem(403, 'forbidden', 'Forbidden', 'role tidak diizinkan untuk tes ini'));
    }
    ctx.state.user = found.right.value;
    await next();
  };
};
