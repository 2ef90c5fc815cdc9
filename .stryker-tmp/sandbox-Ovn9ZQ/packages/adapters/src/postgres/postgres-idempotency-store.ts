// @ts-nocheck
import type {
  ClaimOutcome,
  ClaimTicket,
  IdempotencyClaim,
  IdempotencyStore,
  PortError,
  StoredResponse,
} from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Knex } from 'knex';
import { attempt } from './attempt.js';

const PORT = 'idempotency';
const TABLE = 'idempotency_keys';

interface ExistingRow {
  id: number;
  fingerprint: string;
  state: 'in_flight' | 'completed';
  locked_until: Date | null;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: Buffer | null;
  created_at: Date;
  expires_at: Date;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const plus = (date: Date, secs: number) => new Date(date.getTime() + secs * 1000);

/**
 * One row per (user, key). The claim is a single INSERT … ON CONFLICT DO UPDATE that only takes a row over
 * when it has expired or its lease ran out (same fingerprint), bumping `attempt` as a fencing token.
 * Expiry and leases are decided from the service clock at read time, never by deletion.
 */
export class PostgresIdempotencyStore implements IdempotencyStore {
  constructor(private readonly db: Knex) {}

  claim(c: IdempotencyClaim): TE.TaskEither<PortError, ClaimOutcome> {
    return pipe(
      attempt(PORT, () => this.tryClaim(c)),
      TE.chain((ticket) => {
        if (ticket === 'quota')
          return TE.right<PortError, ClaimOutcome>({
            _tag: 'QuotaExceeded',
            retryAfterSeconds: c.leaseSeconds,
          });
        return ticket
          ? TE.right<PortError, ClaimOutcome>({ _tag: 'Claimed', ticket })
          : attempt(PORT, () => this.classify(c));
      }),
    );
  }

  private async tryClaim(c: IdempotencyClaim): Promise<ClaimTicket | 'quota' | undefined> {
    const live = await this.db(TABLE)
      .count({ n: '*' })
      .where({ user_id: c.user })
      .where('expires_at', '>', c.now)
      .whereNot({ key: c.key });
    // Live records are never evicted to make room: the quota refuses new keys instead.
    if (Number(live[0]?.n ?? 0) >= c.maxLiveKeys) return 'quota';
    const result: unknown = await this.db.raw(
      `insert into ${TABLE} (user_id, key, origin, method, route, fingerprint, state, attempt, locked_until, created_at, expires_at)
       values (?, ?, ?, ?, ?, ?, 'in_flight', 1, ?, ?, ?)
       on conflict (user_id, key) do update set
         origin = excluded.origin, method = excluded.method, route = excluded.route, fingerprint = excluded.fingerprint,
         state = 'in_flight', attempt = ${TABLE}.attempt + 1, locked_until = excluded.locked_until,
         response_status = null, response_headers = null, response_body = null, completed_at = null,
         created_at = excluded.created_at, expires_at = excluded.expires_at
       where ${TABLE}.expires_at <= excluded.created_at
          or (${TABLE}.state = 'in_flight' and ${TABLE}.locked_until <= excluded.created_at and ${TABLE}.fingerprint = excluded.fingerprint)
       returning id, attempt`,
      [
        c.user,
        c.key,
        c.origin,
        c.method,
        c.route,
        c.fingerprint,
        plus(c.now, c.leaseSeconds),
        c.now,
        plus(c.now, c.ttlSeconds),
      ],
    );
    const row = (result as { rows: { id: number; attempt: number }[] }).rows[0];
    return row ? { id: row.id, attempt: row.attempt, takeover: row.attempt > 1 } : undefined;
  }

  private async classify(c: IdempotencyClaim): Promise<ClaimOutcome> {
    const row = (await this.db(TABLE).where({ user_id: c.user, key: c.key }).first()) as
      ExistingRow | undefined;
    // Deleted between the two statements (cleanup): the next attempt will claim it.
    if (!row) return { _tag: 'InFlight', retryAfterSeconds: 1, ageMs: 0 };
    if (row.fingerprint !== c.fingerprint) return { _tag: 'FingerprintMismatch' };
    if (row.state === 'completed' && row.response_status !== null && row.response_body !== null) {
      return {
        _tag: 'Replay',
        recordId: row.id,
        originalAt: row.created_at,
        response: {
          status: row.response_status,
          headers: row.response_headers ?? {},
          body: row.response_body,
        },
      };
    }
    const lease = row.locked_until ? row.locked_until.getTime() - c.now.getTime() : 1000;
    return {
      _tag: 'InFlight',
      retryAfterSeconds: seconds(lease),
      ageMs: c.now.getTime() - row.created_at.getTime(),
    };
  }

  complete(ticket: ClaimTicket, response: StoredResponse, at: Date): TE.TaskEither<PortError, boolean> {
    return attempt(PORT, () => completeClaim(this.db, ticket, response, at));
  }

  release(ticket: ClaimTicket): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await this.db(TABLE).where({ id: ticket.id, attempt: ticket.attempt, state: 'in_flight' }).delete();
    });
  }

  countLive(now: Date): TE.TaskEither<PortError, number> {
    return attempt(PORT, async () => {
      const rows = await this.db(TABLE).count({ n: '*' }).where('expires_at', '>', now);
      return Number(rows[0]?.n ?? 0);
    });
  }

  deleteExpired(now: Date, limit: number): TE.TaskEither<PortError, number> {
    // Bounded batch; an in-flight row inside its lease is never removed.
    return attempt(PORT, async () =>
      this.db(TABLE)
        .whereIn(
          'id',
          this.db(TABLE)
            .select('id')
            .where('expires_at', '<', now)
            .andWhere((q) => void q.where({ state: 'completed' }).orWhere('locked_until', '<', now))
            .limit(limit),
        )
        .delete(),
    );
  }
}

/** Fenced completion: only the attempt that still owns the key may store its outcome. */
export const completeClaim = async (
  db: Knex | Knex.Transaction,
  ticket: ClaimTicket,
  response: StoredResponse,
  at: Date,
): Promise<boolean> => {
  const updated = await db(TABLE)
    .where({ id: ticket.id, attempt: ticket.attempt, state: 'in_flight' })
    .update({
      state: 'completed',
      response_status: response.status,
      response_headers: JSON.stringify(response.headers),
      response_body: Buffer.from(response.body),
      completed_at: at,
      locked_until: null,
    });
  return updated === 1;
};
