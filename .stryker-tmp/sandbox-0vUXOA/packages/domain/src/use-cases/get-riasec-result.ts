// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import { type SessionError, sessionNotFound } from '../errors/session-error.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { Repositories } from '../ports/unit-of-work.js';
import { type RiasecResponse, riasecResponse } from './riasec-response.js';

export type GetRiasecResultError = SessionError | PortError | { readonly _tag: 'RiasecResultNotFound' };

/** Rebuilds the submit response from storage; `validity_warning` is always null on reload (upstream §3.8). */
export class GetRiasecResult {
  constructor(private readonly repos: Repositories) {}

  execute(user: UserId, token: SessionToken): TE.TaskEither<GetRiasecResultError, RiasecResponse> {
    const notFound = (): GetRiasecResultError => ({ _tag: 'RiasecResultNotFound' });
    // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
    return async () => {
      const read = await this.repos.reads.riasec(user, token)();
      if (E.isLeft(read)) return read;
      if (O.isNone(read.right)) return E.left(sessionNotFound);
      const { session, outcome } = read.right.value;
      if (O.isNone(outcome)) return E.left(notFound());
      const code = await this.repos.catalogue.codeById(outcome.value.riasec_code_id)();
      if (E.isLeft(code)) return code;
      if (code.right === undefined) return E.left(notFound());
      return E.right(riasecResponse(session, outcome.value, code.right, null));
    };
  }
}
