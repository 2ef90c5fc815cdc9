// @ts-nocheck
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
