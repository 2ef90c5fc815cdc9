import {
  type NewSession,
  type PortError,
  type Session,
  type SessionRepository,
  type SessionStatus,
  type SessionToken,
  type UserId,
  ACTIVE_STATUSES,
  PERSONAS,
  ProfessionId,
  SESSION_STATUSES,
  SessionId,
  SessionToken as toToken,
  TEST_GOALS,
  UserId as toUserId,
  portError,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeRow } from './attempt.js';
import { firstRow, namedRun, statement } from './named-query.js';
import { Nullable, PgDate } from './row-codecs.js';

const PORT = 'sessions';
const TABLE = 'careerprofile_test_sessions';

const literals = <T extends string>(values: readonly T[]) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<T, null>);

/** The Go seeder writes personas in lower case (upstream §1.1); kenali reads any case. */
const Persona = new t.Type<(typeof PERSONAS)[number], string, unknown>(
  'Persona',
  (u): u is (typeof PERSONAS)[number] => (PERSONAS as readonly unknown[]).includes(u),
  (u, c) => {
    const upper = typeof u === 'string' ? u.toUpperCase() : u;
    return (PERSONAS as readonly unknown[]).includes(upper)
      ? t.success(upper as (typeof PERSONAS)[number])
      : t.failure(u, c);
  },
  (a) => a,
);

const SessionRow = t.type({
  id: t.number,
  user_id: t.string,
  session_token: t.string,
  persona_type: Persona,
  test_goal: literals(TEST_GOALS),
  target_profession_id: Nullable(t.number),
  uses_ikigai: t.boolean,
  // Any text: the adopted column has no CHECK, and upstream's model names `ikigai_completed` (see toSession).
  status: t.string,
  started_at: PgDate,
  riasec_completed_at: Nullable(PgDate),
  ikigai_completed_at: Nullable(PgDate),
  completed_at: Nullable(PgDate),
  algorithm_version: Nullable(t.string),
  question_set_version: Nullable(t.string),
});
type SessionRow = t.TypeOf<typeof SessionRow>;

/** The columns a session is read from, for statements that name their columns. */
export const SESSION_COLUMNS: readonly string[] = Object.keys(SessionRow.props);

/** Builds the status variant; a status without the timestamps it implies is corrupt data. */
const toSession = (row: SessionRow): E.Either<PortError, Session> => {
  const base = {
    id: SessionId(row.id),
    user_id: toUserId(row.user_id),
    session_token: toToken(row.session_token),
    persona_type: row.persona_type,
    test_goal: row.test_goal,
    target_profession_id: row.target_profession_id === null ? null : ProfessionId(row.target_profession_id),
    uses_ikigai: row.uses_ikigai,
    started_at: row.started_at,
    algorithm_version: row.algorithm_version ?? '1.0',
    question_set_version: row.question_set_version ?? '1.0',
  };
  const corrupt = () =>
    E.left(portError(PORT, 'corrupt', `session ${row.id} in ${row.status} lacks its timestamps`));
  const status = (SESSION_STATUSES as readonly string[]).includes(row.status)
    ? (row.status as SessionStatus)
    : undefined;
  switch (status) {
    // A status kenali never writes (upstream's `ikigai_completed`, or anything another writer put in the
    // adopted column) is read as a session that ended unfinished: no result tab, no further step, not
    // blocking a new start, exactly what upstream answers for it (docs/compatibility.md).
    case undefined:
    case 'abandoned':
      return E.right({ ...base, status: 'abandoned', riasec_completed_at: row.riasec_completed_at });
    case 'riasec_ongoing':
      return E.right({ ...base, status });
    case 'riasec_completed':
    case 'ikigai_ongoing':
      return row.riasec_completed_at
        ? E.right({ ...base, status, riasec_completed_at: row.riasec_completed_at })
        : corrupt();
    case 'completed':
      return row.completed_at
        ? E.right({
            ...base,
            status: 'completed',
            riasec_completed_at: row.riasec_completed_at ?? row.completed_at,
            ikigai_completed_at: row.ikigai_completed_at,
            completed_at: row.completed_at,
          })
        : corrupt();
  }
};

/** The last activity of a session row, as `lastActivity` in the domain computes it. */
const LAST_ACTIVITY = 'greatest(started_at, coalesce(riasec_completed_at, started_at))';

const COLUMNS = SESSION_COLUMNS.join(', ');

// The write routes' statements, run as named statements (ADR 0036). Status lists are bound as one array.
const OWNED_FOR_UPDATE = statement(
  `select ${COLUMNS} from ${TABLE} where session_token = ? and user_id = ? limit 1 for update`,
);
const LOCK_USER = statement('select pg_advisory_xact_lock(hashtextextended(?, 42))');
const FIND_ACTIVE = statement(`select ${COLUMNS} from ${TABLE}
  where user_id = ? and status = any(?::text[]) and ${LAST_ACTIVITY} > ? order by started_at desc limit 1`);
const ABANDON_IDLE = statement(`update ${TABLE} set status = 'abandoned'
  where user_id = ? and status = any(?::text[]) and ${LAST_ACTIVITY} <= ? returning id`);
// Explicit NULLs: Alembic's schema gives the stage stamps a now() default (upstream §1.1 calls it a bug).
const INSERT =
  statement(`insert into ${TABLE} (user_id, session_token, persona_type, test_goal, target_profession_id,
  uses_ikigai, started_at, status, riasec_completed_at, ikigai_completed_at, completed_at, algorithm_version,
  question_set_version)
  values (?, ?, ?, ?, ?, ?, ?, 'riasec_ongoing', null, null, null, '1.0', '1.0') returning ${COLUMNS}`);
const SAVE_TRANSITION = statement(`update ${TABLE}
  set status = ?, riasec_completed_at = ?, ikigai_completed_at = ?, completed_at = ? where id = ?`);

/** A `careerprofile_test_sessions` row as the domain's session; also used by the one-query reads. */
export const decodeSession = (row: unknown) => pipe(decodeRow(PORT, SessionRow)(row), E.chain(toSession));
const decode = decodeSession;
const decodeOptional = (row: unknown): E.Either<PortError, O.Option<Session>> =>
  row === undefined ? E.right(O.none) : pipe(decode(row), E.map(O.some));

export class PostgresSessionRepository implements SessionRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  findOwned(user: UserId, token: SessionToken): TE.TaskEither<PortError, O.Option<Session>> {
    return pipe(
      attempt(PORT, () => this.db(TABLE).where({ session_token: token, user_id: user }).first()),
      TE.chainEitherK(decodeOptional),
    );
  }

  findOwnedById(user: UserId, id: SessionId): TE.TaskEither<PortError, O.Option<Session>> {
    return pipe(
      attempt(PORT, () => this.db(TABLE).where({ id, user_id: user }).first()),
      TE.chainEitherK(decodeOptional),
    );
  }

  findOwnedForUpdate(user: UserId, token: SessionToken): TE.TaskEither<PortError, O.Option<Session>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, OWNED_FOR_UPDATE, [token, user])),
      TE.chainEitherK(decodeOptional),
    );
  }

  lockUser(user: UserId): TE.TaskEither<PortError, void> {
    // A transaction-scoped advisory lock: released at commit/rollback, never leaked by a crash.
    return attempt(PORT, async () => {
      await namedRun(this.db, LOCK_USER, [`session-start:${user}`]);
    });
  }

  findActive(user: UserId, activeSince: Date): TE.TaskEither<PortError, O.Option<Session>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, FIND_ACTIVE, [user, ACTIVE_STATUSES, activeSince])),
      TE.chainEitherK(decodeOptional),
    );
  }

  abandonIdle(user: UserId, idleSince: Date): TE.TaskEither<PortError, readonly SessionId[]> {
    return attempt(PORT, async () => {
      const { rows } = await namedRun<{ id: number }>(this.db, ABANDON_IDLE, [
        user,
        ACTIVE_STATUSES,
        idleSince,
      ]);
      return rows.map((row) => SessionId(Number(row.id)));
    });
  }

  insert(session: NewSession): TE.TaskEither<PortError, Session> {
    return pipe(
      attempt(PORT, async () => {
        const { rows } = await namedRun(this.db, INSERT, [
          session.user_id,
          session.session_token,
          session.persona_type,
          session.test_goal,
          session.target_profession_id,
          session.uses_ikigai,
          session.started_at,
        ]);
        return rows[0];
      }),
      TE.chainEitherK(decode),
    );
  }

  saveTransition(session: Session): TE.TaskEither<PortError, void> {
    const timestamps = {
      riasec_completed_at: 'riasec_completed_at' in session ? session.riasec_completed_at : null,
      ikigai_completed_at: session.status === 'completed' ? session.ikigai_completed_at : null,
      completed_at: session.status === 'completed' ? session.completed_at : null,
    };
    return attempt(PORT, async () => {
      await namedRun(this.db, SAVE_TRANSITION, [
        session.status,
        timestamps.riasec_completed_at,
        timestamps.ikigai_completed_at,
        timestamps.completed_at,
        session.id,
      ]);
    });
  }
}
