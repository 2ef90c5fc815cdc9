// @ts-nocheck
import { type ClaimContext, runWithClaim } from '@kenali/adapters';
import type { ClaimOutcome, ClaimTicket, IdempotencyStore, StoredResponse } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { Context, Middleware } from 'koa';
import { problem, sendProblem } from '../problem.js';
import { parseIdempotencyKey } from './idempotency-key.js';
import type { IdempotencyMetrics } from './idempotency-metrics.js';
import { hashKey, requestFingerprint } from './fingerprint.js';
import { waitSeconds } from './prefer-wait.js';

export interface IdempotencySettings {
  readonly enabled: boolean;
  readonly ttlSeconds: number;
  readonly leaseSeconds: number;
  readonly fallbackWindowSeconds: number;
  readonly maxKeysPerUser: number;
}

export interface IdempotencyDeps {
  readonly settings: IdempotencySettings;
  readonly store: IdempotencyStore;
  readonly metrics: IdempotencyMetrics;
  readonly now: () => Date;
}

declare module 'koa' {
  interface DefaultState {
    claim?: ClaimContext & { readonly storeInTransaction: boolean };
    /** Set by the handler: 'business' for a use-case error, 'validation' for a refused input. */
    outcome?: 'business' | 'validation';
  }
}

const REPLAY_HEADERS = ['content-type', 'location'];
const STORED_BUSINESS_STATUSES = new Set([400, 404, 409]);

const refuse = (ctx: Context, status: number, slug: string, detail: string, retryAfter?: number) => {
  sendProblem(
    ctx,
    problem(
      status,
      slug,
      status === 409
        ? 'Conflict'
        : status === 422
          ? 'Unprocessable Entity'
          : status === 429
            ? 'Too Many Requests'
            : status === 503
              ? 'Service Unavailable'
              : 'Bad Request',
      detail,
    ),
  );
  ctx.set('cache-control', 'no-store');
  if (retryAfter !== undefined) ctx.set('retry-after', String(retryAfter));
};

const bodyBytes = (ctx: Context): Buffer => {
  const body: unknown = ctx.body;
  if (Buffer.isBuffer(body)) return body;
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
  ctx.body = text; // what is sent is exactly what is stored
  return Buffer.from(text);
};

export const capture = (ctx: Context): StoredResponse => {
  const body = bodyBytes(ctx);
  const headers: Record<string, string> = {};
  for (const name of REPLAY_HEADERS) {
    const value = ctx.response.get(name);
    if (value) headers[name] = value;
  }
  return { status: ctx.status, headers, body };
};

/**
 * Idempotency for one POST route (decisions §6, idempotency-anchors §4): validate and normalise the key,
 * claim (user, key) in PostgreSQL before the handler runs, replay finished outcomes byte for byte, refuse
 * duplicates in flight (409) or with another body (422), and fall back to a fingerprint window without a key.
 */
export const idempotent =
  (deps: IdempotencyDeps, route: string, options: { storeInTransaction: boolean }): Middleware =>
  async (ctx, next) => {
    if (!deps.settings.enabled) {
      await next();
      return;
    }
    const user = ctx.state.user;
    if (!user) throw new Error('idempotency runs after authentication');
    const timer = deps.metrics.keyGeneration.startTimer();
    const parsed = parseIdempotencyKey(ctx.req.headers['idempotency-key']);
    if (E.isLeft(parsed)) {
      timer();
      deps.metrics.outcomes.inc({ outcome: 'invalid_key' });
      return refuse(ctx, 400, 'idempotency-key-invalid', parsed.left);
    }
    const fingerprint = requestFingerprint(ctx.method, route, ctx.request.body);
    timer();
    const headerKey = parsed.right;
    const claim = {
      user: user.id,
      key: headerKey ?? `fp:${fingerprint}`,
      origin: headerKey ? ('header' as const) : ('fallback' as const),
      method: ctx.method,
      route,
      fingerprint,
      leaseSeconds: deps.settings.leaseSeconds,
      ttlSeconds: headerKey ? deps.settings.ttlSeconds : deps.settings.fallbackWindowSeconds,
      maxLiveKeys: deps.settings.maxKeysPerUser,
    };
    const deadline = Date.now() + waitSeconds(ctx.get('prefer')) * 1000;
    let outcome: E.Either<unknown, ClaimOutcome>;
    for (;;) {
      outcome = await deps.store.claim({ ...claim, now: deps.now() })();
      if (E.isLeft(outcome) || outcome.right._tag !== 'InFlight' || Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (headerKey) ctx.set('idempotency-key', headerKey);
    if (E.isLeft(outcome)) {
      deps.metrics.outcomes.inc({ outcome: 'store_unavailable' });
      ctx.state.log.error({ err: outcome.left }, 'idempotency store unavailable');
      return refuse(
        ctx,
        503,
        'idempotency-store-unavailable',
        'penyimpanan idempotensi tidak tersedia; coba lagi',
        2,
      );
    }
    const found = outcome.right;
    switch (found._tag) {
      case 'Replay': {
        deps.metrics.hits.inc();
        deps.metrics.outcomes.inc({ outcome: 'replayed' });
        ctx.state.log.info(
          { key: hashKey(claim.key), record: found.recordId, originalAt: found.originalAt.toISOString() },
          'idempotent replay',
        );
        ctx.status = found.response.status;
        for (const [name, value] of Object.entries(found.response.headers)) ctx.set(name, value);
        ctx.body = Buffer.from(found.response.body);
        ctx.set('idempotent-replayed', 'true');
        return;
      }
      case 'InFlight':
        deps.metrics.outcomes.inc({ outcome: 'inflight_conflict' });
        deps.metrics.inflightAge.observe(found.ageMs / 1000);
        ctx.state.log.info(
          { key: hashKey(claim.key), ageMs: found.ageMs },
          'idempotent request still in flight',
        );
        return refuse(
          ctx,
          409,
          'idempotency-in-flight',
          'permintaan dengan kunci ini masih diproses',
          found.retryAfterSeconds,
        );
      case 'FingerprintMismatch':
        deps.metrics.outcomes.inc({ outcome: 'mismatch' });
        return refuse(
          ctx,
          422,
          'idempotency-key-reused',
          'Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda',
        );
      case 'QuotaExceeded':
        deps.metrics.outcomes.inc({ outcome: 'quota' });
        return refuse(
          ctx,
          429,
          'idempotency-quota',
          'terlalu banyak Idempotency-Key aktif untuk user ini',
          found.retryAfterSeconds,
        );
      case 'Claimed':
        deps.metrics.misses.inc();
        deps.metrics.outcomes.inc({ outcome: found.ticket.takeover ? 'expired_takeover' : 'executed' });
        return execute(ctx, next, deps, found.ticket, options.storeInTransaction);
    }
  };

/** Runs the handler under the claim, then stores its outcome or frees the key for a retry. */
const execute = async (
  ctx: Context,
  next: () => Promise<unknown>,
  deps: IdempotencyDeps,
  ticket: ClaimTicket,
  storeInTransaction: boolean,
) => {
  const context = { ticket, storedInTransaction: false, storeInTransaction };
  ctx.state.claim = context;
  try {
    await runWithClaim(context, next);
  } catch (error) {
    await deps.store.release(ticket)();
    throw error;
  }
  ctx.set('idempotent-replayed', 'false');
  if (context.storedInTransaction) return;
  const storable =
    (ctx.status >= 200 && ctx.status < 300) ||
    (ctx.state.outcome === 'business' && STORED_BUSINESS_STATUSES.has(ctx.status));
  const done = storable
    ? await deps.store.complete(ticket, capture(ctx), deps.now())()
    : await deps.store.release(ticket)();
  if (E.isLeft(done))
    ctx.state.log.error(
      { err: done.left },
      'could not record the idempotent outcome; the key frees itself after its lease',
    );
};
