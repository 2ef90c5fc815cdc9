import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { UserId } from '../model/ids.js';

/**
 * Opening links of the web client in standalone mode (ADR 0029): an opaque token printed once by
 * `kenali user create --link`, stored only as its SHA-256. Knowing a user id is never enough.
 */
export interface AppLinks {
  /** The user an opening-link token belongs to; none for an unknown token. */
  userOf(token: string): TE.TaskEither<PortError, O.Option<UserId>>;
}
