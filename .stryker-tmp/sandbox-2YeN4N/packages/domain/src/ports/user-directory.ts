// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { UserId } from '../model/ids.js';
export interface UserSummary {
  readonly id: UserId;
  readonly fullname: string | null;
  readonly role: string;
}

/** Read-only view of the Go-owned users table. */
export interface UserDirectory {
  find(id: UserId): TE.TaskEither<PortError, O.Option<UserSummary>>;
}