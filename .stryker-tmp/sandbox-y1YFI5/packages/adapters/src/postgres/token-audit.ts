// @ts-nocheck
import type { Knex } from 'knex';

export interface TokenAuditReport {
  readonly debits: number;
  readonly operations: number;
  /** Operations (session tokens) debited more than once: must always be empty. */
  readonly doubleCharged: readonly { readonly reference: string; readonly debits: number }[];
  /** Debits that paid for no existing session. */
  readonly orphanDebits: number;
  /** RECOMMENDATION sessions that were never paid for (only legitimate when the price is 0). */
  readonly unpaidSessions: number;
}

const TEST_DEBITS = `from token_ledger where direction = 'OUT' and source_type = 'CAREER_PROFILE_TEST'`;

const rows = async <T>(db: Knex, sql: string): Promise<T[]> => {
  const result: { rows: T[] } = await db.raw(sql);
  return result.rows;
};

/** Reconciliation of test debits against sessions (idempotency-anchors §5 M2): one debit per operation. */
export const auditTokens = async (db: Knex): Promise<TokenAuditReport> => {
  const [totals] = await rows<{ debits: number; operations: number }>(
    db,
    `select count(*)::int as debits, count(distinct reference_id)::int as operations ${TEST_DEBITS}`,
  );
  const doubles = await rows<{ reference: string; debits: number }>(
    db,
    `select reference_id::text as reference, count(*)::int as debits ${TEST_DEBITS} group by reference_id having count(*) > 1`,
  );
  const [orphans] = await rows<{ n: number }>(
    db,
    `select count(*)::int as n ${TEST_DEBITS}
       and not exists (select 1 from careerprofile_test_sessions s where s.session_token = token_ledger.reference_id::text)`,
  );
  const [unpaid] = await rows<{ n: number }>(
    db,
    `select count(*)::int as n from careerprofile_test_sessions s where s.test_goal = 'RECOMMENDATION'
       and not exists (select 1 from token_ledger l where l.reference_id::text = s.session_token)`,
  );
  return {
    debits: totals?.debits ?? 0,
    operations: totals?.operations ?? 0,
    doubleCharged: doubles,
    orphanDebits: orphans?.n ?? 0,
    unpaidSessions: unpaid?.n ?? 0,
  };
};
