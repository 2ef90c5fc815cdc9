// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { UserId } from '../model/ids.js';

/** A request asking to own (user, key) before it may execute. */
export interface IdempotencyClaim {
  readonly user: UserId;
  /** The normalised header value, or `fp:<fingerprint>` for a keyless request. */
  readonly key: string;
  readonly origin: 'header' | 'fallback';
  readonly method: string;
  readonly route: string;
  readonly fingerprint: string;
  readonly now: Date;
  /** How long an unfinished execution keeps the key before a retry may take it over. */
  readonly leaseSeconds: number;
  /** Retention of the stored outcome (the dedup window for keyless requests). */
  readonly ttlSeconds: number;
  /** Live keys a user may hold; the claim of one more is refused. */
  readonly maxLiveKeys: number;
}

/** Proof of ownership; `attempt` fences a stale execution out after a takeover. */
export interface ClaimTicket {
  readonly id: number;
  readonly attempt: number;
  /** True when an interrupted or expired earlier execution was taken over. */
  readonly takeover: boolean;
}
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}
export type ClaimOutcome = {
  readonly _tag: 'Claimed';
  readonly ticket: ClaimTicket;
} | {
  readonly _tag: 'Replay';
  readonly response: StoredResponse;
  readonly originalAt: Date;
  readonly recordId: number;
} | {
  readonly _tag: 'InFlight';
  readonly retryAfterSeconds: number;
  readonly ageMs: number;
} | {
  readonly _tag: 'FingerprintMismatch';
} | {
  readonly _tag: 'QuotaExceeded';
  readonly retryAfterSeconds: number;
};

/** Idempotency keys in PostgreSQL, scoped per (user, key); never held in Redis (decisions §3, §6). */
export interface IdempotencyStore {
  claim(claim: IdempotencyClaim): TE.TaskEither<PortError, ClaimOutcome>;
  /** Stores the outcome if the ticket still owns the key; false when it was taken over meanwhile. */
  complete(ticket: ClaimTicket, response: StoredResponse, at: Date): TE.TaskEither<PortError, boolean>;
  /** Frees the key after an outcome that must not be replayed (validation, auth, rolled-back 5xx). */
  release(ticket: ClaimTicket): TE.TaskEither<PortError, void>;
  /** Deletes up to `limit` expired, finished records; returns how many went. */
  deleteExpired(now: Date, limit: number): TE.TaskEither<PortError, number>;
  /** Records not yet expired (the `idempotency_cache_size` gauge). */
  countLive(now: Date): TE.TaskEither<PortError, number>;
}