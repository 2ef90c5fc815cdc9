// @ts-nocheck
import type {
  ClaimOutcome,
  ClaimTicket,
  IdempotencyClaim,
  IdempotencyStore,
  PortError,
  StoredResponse,
} from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import {
  type IdempotencyRow,
  type InMemoryDatabase,
  type InMemoryState,
  violation,
} from './in-memory-database.js';

const PORT = 'idempotency';
const FINGERPRINT = /^[0-9a-f]{64}$/;
const HEADER_KEY = /^[A-Za-z0-9_-]{1,255}$/;

const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);
const wholeSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const slot = (user: string, key: string) => `${user}\u0000${key}`;

const byTicket = (state: InMemoryState, ticket: ClaimTicket): [string, IdempotencyRow] | undefined =>
  [...state.idempotency.entries()].find(
    ([, row]) => row.id === ticket.id && row.attempt === ticket.attempt && row.state === 'in_flight',
  );

/**
 * The PostgreSQL store's rules without SQL: one record per (user, key); a claim takes a record over only when it
 * expired or its lease ran out (same fingerprint), bumping `attempt` as the fencing token.
 */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  constructor(private readonly db: InMemoryDatabase) {}

  claim(c: IdempotencyClaim): TE.TaskEither<PortError, ClaimOutcome> {
    return this.db.op(PORT, 'claim', (state): ClaimOutcome => {
      if (!FINGERPRINT.test(c.fingerprint))
        throw violation(PORT, 'unknown', 'violates chk_idempotency_keys_fingerprint');
      if (c.origin === 'header' && !HEADER_KEY.test(c.key))
        throw violation(PORT, 'unknown', 'violates chk_idempotency_keys_header_key');
      const live = [...state.idempotency.values()].filter(
        (row) => row.user === c.user && row.key !== c.key && row.expires_at > c.now,
      ).length;
      // Live records are never evicted to make room: the quota refuses new keys instead.
      if (live >= c.maxLiveKeys) return { _tag: 'QuotaExceeded', retryAfterSeconds: c.leaseSeconds };

      const existing = state.idempotency.get(slot(c.user, c.key));
      const fresh = (id: number, attempt: number): IdempotencyRow => ({
        id,
        user: c.user,
        key: c.key,
        fingerprint: c.fingerprint,
        state: 'in_flight',
        attempt,
        locked_until: plus(c.now, c.leaseSeconds),
        response: null,
        created_at: c.now,
        expires_at: plus(c.now, c.ttlSeconds),
      });
      if (!existing) {
        const row = fresh(++state.sequences.idempotency, 1);
        state.idempotency.set(slot(c.user, c.key), row);
        return { _tag: 'Claimed', ticket: { id: row.id, attempt: 1, takeover: false } };
      }
      const expired = existing.expires_at <= c.now;
      const abandoned =
        existing.state === 'in_flight' &&
        existing.locked_until !== null &&
        existing.locked_until <= c.now &&
        existing.fingerprint === c.fingerprint;
      if (expired || abandoned) {
        const row = fresh(existing.id, existing.attempt + 1);
        state.idempotency.set(slot(c.user, c.key), row);
        return { _tag: 'Claimed', ticket: { id: row.id, attempt: row.attempt, takeover: row.attempt > 1 } };
      }
      if (existing.fingerprint !== c.fingerprint) return { _tag: 'FingerprintMismatch' };
      if (existing.state === 'completed' && existing.response)
        return {
          _tag: 'Replay',
          recordId: existing.id,
          originalAt: existing.created_at,
          response: existing.response,
        };
      const lease = existing.locked_until ? existing.locked_until.getTime() - c.now.getTime() : 1000;
      return {
        _tag: 'InFlight',
        retryAfterSeconds: wholeSeconds(lease),
        ageMs: c.now.getTime() - existing.created_at.getTime(),
      };
    });
  }

  complete(ticket: ClaimTicket, response: StoredResponse, _at: Date): TE.TaskEither<PortError, boolean> {
    return this.db.op(PORT, 'complete', (state) => {
      const found = byTicket(state, ticket);
      if (!found) return false;
      const [key, row] = found;
      state.idempotency.set(key, {
        ...row,
        state: 'completed',
        locked_until: null,
        response: {
          status: response.status,
          headers: { ...response.headers },
          body: Uint8Array.from(response.body),
        },
      });
      return true;
    });
  }

  release(ticket: ClaimTicket): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'release', (state) => {
      const found = byTicket(state, ticket);
      if (found) state.idempotency.delete(found[0]);
    });
  }

  deleteExpired(now: Date, limit: number): TE.TaskEither<PortError, number> {
    return this.db.op(PORT, 'deleteExpired', (state) => {
      const doomed = [...state.idempotency.entries()]
        .filter(
          ([, row]) =>
            row.expires_at < now &&
            (row.state === 'completed' || (row.locked_until !== null && row.locked_until < now)),
        )
        .slice(0, limit);
      for (const [key] of doomed) state.idempotency.delete(key);
      return doomed.length;
    });
  }

  countLive(now: Date): TE.TaskEither<PortError, number> {
    return this.db.op(
      PORT,
      'countLive',
      (state) => [...state.idempotency.values()].filter((row) => row.expires_at > now).length,
    );
  }
}
