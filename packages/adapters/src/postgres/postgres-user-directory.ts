import { type PortError, type UserDirectory, type UserSummary, UserId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeRow } from './attempt.js';
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
      TE.chainEitherK((row: unknown) =>
        row === undefined
          ? E.right(O.none)
          : pipe(
              decodeRow(PORT, Row)(row),
              E.map((r) => O.some({ id: UserId(r.id), fullname: r.fullname, role: r.role })),
            ),
      ),
    );
  }
}
