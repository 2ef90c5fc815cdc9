// @ts-nocheck
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';

export interface StandaloneUser {
  readonly tokens: number;
  readonly role: string;
  readonly fullname: string;
}

/** A user and its token wallet for standalone mode (the Go backend creates them in production). */
export const createStandaloneUser = async (knex: Knex, user: StandaloneUser): Promise<string> => {
  const id = randomUUID();
  await knex.transaction(async (trx) => {
    await trx('users').insert({
      id,
      fullname: user.fullname,
      email: `${id}@standalone.kenali.local`,
      password: '!',
      phone_number: '-',
      role: user.role,
    });
    await trx('token_wallet').insert({ user_id: id, balance: user.tokens });
  });
  return id;
};
