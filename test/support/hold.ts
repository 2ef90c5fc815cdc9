import type { Knex } from 'knex';

/**
 * Holds the user's wallet row locked from outside the service: a paid start then blocks inside its
 * transaction (after its idempotency claim), which makes the in-flight window deterministic.
 */
export const holdWallet = async (knex: Knex, user: string): Promise<() => Promise<void>> => {
  const trx = await knex.transaction();
  await trx('token_wallet').where({ user_id: user }).forUpdate();
  return async () => {
    await trx.commit();
  };
};

export const ledgerCount = async (knex: Knex, user: string): Promise<number> =>
  (await knex('token_ledger as l').join('token_wallet as w', 'w.id', 'l.wallet_id').where('w.user_id', user))
    .length;

export const sessionCount = async (knex: Knex, user: string): Promise<number> =>
  (await knex('careerprofile_test_sessions').where({ user_id: user })).length;

export const keyRows = async (knex: Knex, user: string) => knex('idempotency_keys').where({ user_id: user });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once a session of this database waits for a row lock, i.e. once a request held by `holdWallet`
 * has got as far as the wallet: the explicit signal that replaces "sleep and hope it got there". Polls with a
 * deadline; the deadline only turns a hang into a failure, it never decides a passing verdict.
 */
export const untilBlockedOnLock = async (knex: Knex, deadlineMs = 20_000): Promise<void> => {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const { rows } = await knex.raw<{ rows: { waiting: number }[] }>(
      `select count(*)::int as waiting from pg_stat_activity
        where wait_event_type = 'Lock' and datname = current_database()`,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error(`no request blocked on a lock within ${deadlineMs} ms`);
    await sleep(10);
  }
};
