// The database side of the invariants: every acknowledged write is there, no start key made two sessions,
// no session was charged twice, every wallet holds what the sessions cost. Pure over rows, so a unit test
// can feed it a lost write or a double charge.
import type { Ack } from './ledger.js';

export interface SessionRow {
  readonly token: string;
  readonly user: string;
  readonly goal: string;
  readonly status: string;
  readonly riasec: boolean;
  readonly fit: boolean;
  readonly recommended: boolean;
  /** The four Ikigai answers stored (what_you_love … what_you_can_be_paid_for). */
  readonly dimensions: readonly boolean[];
}

export interface WalletRow {
  readonly user: string;
  readonly balance: number;
  readonly debits: number;
}

export const SESSIONS_SQL = `
  select s.session_token as token, s.user_id::text as "user", s.test_goal as goal, s.status,
    exists (select 1 from riasec_results r where r.test_session_id = s.id) as riasec,
    exists (select 1 from fit_check_results f where f.test_session_id = s.id) as fit,
    exists (select 1 from career_recommendations c where c.test_session_id = s.id) as recommended,
    array[i.dimension1_love is not null, i.dimension2_good_at is not null,
          i.dimension3_world_needs is not null, i.dimension4_paid_for is not null] as dimensions
  from careerprofile_test_sessions s left join ikigai_responses i on i.test_session_id = s.id`;

export const WALLETS_SQL = `
  select w.user_id::text as "user", w.balance,
    (select count(*)::int from token_ledger l where l.wallet_id = w.id and l.direction = 'OUT') as debits
  from token_wallet w`;

const PAST_IKIGAI_START = new Set(['ikigai_ongoing', 'ikigai_completed', 'completed', 'abandoned']);

/** What an acknowledged write must have left; undefined when it is there. */
const missing = (ack: Ack, row: SessionRow | undefined): string | undefined => {
  if (!row) return 'no session';
  if (row.user !== ack.user) return `session of another user (${row.user})`;
  switch (ack.kind) {
    case 'start':
      return row.goal === ack.goal ? undefined : `goal ${row.goal}, acknowledged ${ack.goal}`;
    case 'riasec':
      if (!row.riasec) return 'no RIASEC result';
      if (ack.completes && (row.status !== 'completed' || !row.fit))
        return `status ${row.status}, fit ${row.fit}`;
      return undefined;
    case 'ikigai-start':
      return PAST_IKIGAI_START.has(row.status) ? undefined : `status ${row.status}`;
    case 'dimension':
      if (!row.dimensions[ack.dimension!]) return `Ikigai answer ${ack.dimension! + 1} not stored`;
      if (ack.completes && (row.status !== 'completed' || !row.recommended)) {
        return `status ${row.status}, recommendation ${row.recommended}`;
      }
      return undefined;
    case 'abandon':
      // An abandon acknowledged for a session that had completed meanwhile changes nothing.
      return row.status === 'abandoned' || row.status === 'completed' ? undefined : `status ${row.status}`;
  }
};

/** Acknowledged writes the database does not show. */
export const lostWrites = (acks: readonly Ack[], sessions: readonly SessionRow[]): string[] => {
  const byToken = new Map(sessions.map((s) => [s.token, s]));
  return acks.flatMap((ack) => {
    const why = missing(ack, byToken.get(ack.token));
    return why ? [`${ack.kind} of ${ack.token} (user ${ack.user}): ${why}`] : [];
  });
};

/**
 * Double effects: more sessions than start keys for a user, more debits than paid sessions, or a balance
 * that is not the initial one minus the cost of the user's RECOMMENDATION sessions.
 */
export const doubleEffects = (
  startKeys: ReadonlyMap<string, number>,
  sessions: readonly SessionRow[],
  wallets: readonly WalletRow[],
  initialBalance: number,
  cost: number,
): string[] => {
  const problems: string[] = [];
  const perUser = new Map<string, { all: number; paid: number }>();
  for (const s of sessions) {
    const entry = perUser.get(s.user) ?? { all: 0, paid: 0 };
    entry.all++;
    if (s.goal === 'RECOMMENDATION') entry.paid++;
    perUser.set(s.user, entry);
  }
  for (const [user, { all }] of perUser) {
    const keys = startKeys.get(user) ?? 0;
    if (all > keys) problems.push(`user ${user}: ${all} sessions from ${keys} start keys`);
  }
  for (const w of wallets) {
    const paid = perUser.get(w.user)?.paid ?? 0;
    if (w.debits !== paid) problems.push(`user ${w.user}: ${w.debits} debits for ${paid} paid sessions`);
    if (w.balance !== initialBalance - paid * cost) {
      problems.push(`user ${w.user}: balance ${w.balance}, expected ${initialBalance - paid * cost}`);
    }
  }
  return problems;
};
