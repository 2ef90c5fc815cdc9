import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { UserId } from '../model/ids.js';

export interface IdempotencyClaim {
  readonly user: UserId;
  readonly key: string;
  readonly method: string;
  readonly route: string;
  readonly fingerprint: string;
  readonly now: Date;
  readonly leaseUntil: Date;
  readonly expiresAt: Date;
}

export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  readonly createdAt: Date;
}

/** What a claim found: a fresh claim, the finished original, or an original still running. */
export type ClaimOutcome =
  | { readonly _tag: 'Claimed' }
  | { readonly _tag: 'Replay'; readonly response: StoredResponse }
  | { readonly _tag: 'InFlight'; readonly retryAfterSeconds: number }
  | { readonly _tag: 'FingerprintMismatch' }
  | { readonly _tag: 'QuotaExceeded' };

/** Postgres-backed idempotency keys, scoped per (user, key); never held in Redis. */
export interface IdempotencyStore {
  claim(claim: IdempotencyClaim): TE.TaskEither<PortError, ClaimOutcome>;
  complete(user: UserId, key: string, response: StoredResponse): TE.TaskEither<PortError, void>;
  /** Frees a claim whose execution was rolled back, so a retry may run. */
  release(user: UserId, key: string): TE.TaskEither<PortError, void>;
  deleteExpired(now: Date, limit: number): TE.TaskEither<PortError, number>;
}
