import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
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
    return pipe(
      this.repos.reads.riasec(user, token),
      TE.chainW(TE.fromOption((): GetRiasecResultError => sessionNotFound)),
      TE.chainW(({ session, outcome }) =>
        pipe(
          TE.fromOption(notFound)(outcome),
          TE.map((found) => ({ session, outcome: found })),
        ),
      ),
      TE.bindW('code', ({ outcome }) =>
        pipe(
          this.repos.catalogue.codeById(outcome.riasec_code_id),
          TE.chainW((code) => TE.fromOption(notFound)(O.fromNullable(code))),
        ),
      ),
      TE.map(({ session, outcome, code }) => riasecResponse(session, outcome, code, null)),
    );
  }
}
