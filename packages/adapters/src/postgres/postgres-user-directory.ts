import { type PortError, type UserDirectory, type UserSummary, UserId } from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';
import { firstRow, statement } from './named-query.js';
import { Nullable } from './row-codecs.js';

const PORT = 'users';
const Row = t.type({ id: t.string, fullname: Nullable(t.string), role: t.string });

const FIND = statement('select id, fullname, role from users where id = ? and deleted_at is null limit 1');

/** Soft-deleted users (`deleted_at` set) do not exist for authentication. */
export class PostgresUserDirectory implements UserDirectory {
  constructor(private readonly db: Knex) {}

  find(id: UserId): TE.TaskEither<PortError, O.Option<UserSummary>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, FIND, [id])),
      TE.chainEitherK(
        decodeOptionalRow(PORT, Row, (r) => ({ id: UserId(r.id), fullname: r.fullname, role: r.role })),
      ),
    );
  }
}
