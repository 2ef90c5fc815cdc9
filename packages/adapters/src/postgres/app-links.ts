import { createHash, randomBytes } from 'node:crypto';
import { type AppLinks, type PortError, UserId } from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';

const PORT = 'app_links';
const Row = t.type({ user_id: t.string });
/** 32 random bytes in base64url: 43 characters, nothing to guess. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const digest = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Stores a new opening link for `userId` and answers its token (shown once, never stored). */
export const createAppLink = async (knex: Knex, userId: string): Promise<string> => {
  const token = randomBytes(32).toString('base64url');
  await knex(PORT).insert({ token_sha256: digest(token), user_id: userId });
  return token;
};

export class PostgresAppLinks implements AppLinks {
  constructor(private readonly db: Knex) {}

  userOf(token: string): TE.TaskEither<PortError, O.Option<UserId>> {
    // A malformed token cannot be one we issued: no query for it.
    const hash = TOKEN.test(token) ? digest(token) : '';
    return pipe(
      attempt(PORT, () => this.db(PORT).select('user_id').where({ token_sha256: hash }).first()),
      TE.chainEitherK(decodeOptionalRow(PORT, Row, (r) => UserId(r.user_id))),
    );
  }
}
