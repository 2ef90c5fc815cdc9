// @ts-nocheck
import { type PortError, type UserDirectory, type UserSummary, UserId } from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';
import { Nullable } from './row-codecs.js';

const PORT = 'users';
const Row = t.type({ id: t.string, fullname: Nullable(t.string), role: t.string });

/** Soft-deleted users (`deleted_at` set) do not exist for authentication. */
export class PostgresUserDirectory implements UserDirectory {
  constructor(private readonly db: Knex) {}

  find(id: UserId): TE.TaskEither<PortError, O.Option<UserSummary>> {
    return pipe(
      attempt(PORT, () =>
        this.db(PORT).select('id', 'fullname', 'role').where({ id }).whereNull('deleted_at').first(),
      ),
      TE.chainEitherK(
        decodeOptionalRow(PORT, Row, (r) => ({ id: UserId(r.id), fullname: r.fullname, role: r.role })),
      ),
    );
  }
}
