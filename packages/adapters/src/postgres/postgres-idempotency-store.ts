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
import { namedRun, statement } from './named-query.js';
import {
  CLAIM_SQL,
  COMPLETE_SQL,
  COMPLETE_SUCCESS_SQL,
  IDEMPOTENCY_TABLE as TABLE,
} from './idempotency-statements.js';

const CLAIM = statement(CLAIM_SQL);
const COMPLETE = statement(COMPLETE_SQL);
const COMPLETE_SUCCESS = statement(COMPLETE_SUCCESS_SQL);

const PORT = 'idempotency';

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

/** The claim statement's answer: the quota count, the claimed ticket, or else the row in the way. */
type ClaimRow = {
  live: string | number;
  id: number | null;
  attempt: number | null;
  held_id: number | null;
} & { [K in Exclude<keyof ExistingRow, 'id'>]: ExistingRow[K] | null };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
const plus = (date: Date, secs: number) => new Date(date.getTime() + secs * 1000);

/** Whether `row` refuses a claim made at `now`; a row that does not was changed after it was read. */
const blocks = (row: ExistingRow, c: IdempotencyClaim): boolean =>
  row.expires_at.getTime() > c.now.getTime() &&
  !(
    row.state === 'in_flight' &&
    row.locked_until !== null &&
    row.locked_until.getTime() <= c.now.getTime() &&
    row.fingerprint === c.fingerprint
  );

/** What a refused claim answers, from the row that holds the key. */
const outcomeOf = (row: ExistingRow, c: IdempotencyClaim): ClaimOutcome => {
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
};

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
      TE.chain((outcome) => (outcome ? TE.right(outcome) : attempt(PORT, () => this.classify(c)))),
    );
  }

  /**
   * One round trip: the live-key count, the claim and, when the claim is refused, the row that refused it,
   * as the statement's snapshot saw it. That row answers only when it really blocks a claim at `now`
   * (unexpired, and not a run-out lease of the same request); a row the snapshot could not see yet, or saw
   * in a state the conflict check no longer found, is read again by `classify`.
   */
  private async tryClaim(c: IdempotencyClaim): Promise<ClaimOutcome | undefined> {
    const { rows } = await namedRun<ClaimRow>(this.db, CLAIM, [
      c.user,
      c.now,
      c.key,
      c.user,
      c.key,
      c.origin,
      c.method,
      c.route,
      c.fingerprint,
      plus(c.now, c.leaseSeconds),
      c.now,
      plus(c.now, c.ttlSeconds),
      c.maxLiveKeys,
      c.user,
      c.key,
    ]);
    const row = rows[0];
    // Live records are never evicted to make room: the quota refuses new keys instead.
    if (!row || Number(row.live) >= c.maxLiveKeys)
      return { _tag: 'QuotaExceeded', retryAfterSeconds: c.leaseSeconds };
    if (row.id !== null && row.attempt !== null)
      return { _tag: 'Claimed', ticket: { id: row.id, attempt: row.attempt, takeover: row.attempt > 1 } };
    if (row.held_id === null) return undefined;
    const held = { ...row, id: row.held_id } as ExistingRow;
    return blocks(held, c) ? outcomeOf(held, c) : undefined;
  }

  private async classify(c: IdempotencyClaim): Promise<ClaimOutcome> {
    const row = (await this.db(TABLE).where({ user_id: c.user, key: c.key }).first()) as
      ExistingRow | undefined;
    // Deleted between the two statements (cleanup): the next attempt will claim it.
    if (!row) return { _tag: 'InFlight', retryAfterSeconds: 1, ageMs: 0 };
    return outcomeOf(row, c);
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

/**
 * Fenced completion: only the attempt that still owns the key may store its outcome. A success also ends
 * the user's earlier keyless windows (decisions §6, ADR 0007): their stored answers describe a state this
 * request has just changed, so an identical keyless request from now on executes instead of replaying.
 */
export const completeClaim = async (
  db: Knex | Knex.Transaction,
  ticket: ClaimTicket,
  response: StoredResponse,
  at: Date,
): Promise<boolean> => {
  const success = response.status >= 200 && response.status < 300;
  const bindings = [
    response.status,
    JSON.stringify(response.headers),
    Buffer.from(response.body),
    at,
    ticket.id,
    ticket.attempt,
  ];
  const { rows } = await namedRun<{ n: number }>(
    db,
    success ? COMPLETE_SUCCESS : COMPLETE,
    success ? [...bindings, at, ticket.id, at] : bindings,
  );
  return rows[0]?.n === 1;
};
