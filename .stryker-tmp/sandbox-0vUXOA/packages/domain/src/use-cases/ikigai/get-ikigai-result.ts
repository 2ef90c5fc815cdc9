// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { sessionNotFound, wrongStatus } from '../../errors/session-error.js';
import { DIMENSION_KEYS } from '../../model/dimension.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import {
  type IkigaiCompletionResponse,
  buildIkigaiCompletionResponse,
} from '../../scoring/completion-response.js';
import type { FinalizeError, FinalizeIkigai } from './finalize-ikigai.js';

export type GetIkigaiResultError = FinalizeError | { readonly _tag: 'IkigaiResultNotFound' };

/**
 * GET /ikigai/result/{token} (upstream §4.11). A session stuck in ikigai_ongoing with all four answers (its
 * scoring was interrupted) is scored now, once, instead of answering 400 forever.
 */
export class GetIkigaiResult {
  constructor(
    private readonly repos: Repositories,
    private readonly finalize: FinalizeIkigai,
  ) {}

  execute(user: UserId, token: SessionToken): TE.TaskEither<GetIkigaiResultError, IkigaiCompletionResponse> {
    // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
    return async () => {
      const read = await this.repos.reads.ikigaiTotals(user, token)();
      if (E.isLeft(read)) return read;
      if (O.isNone(read.right)) return E.left(sessionNotFound);
      const { session, totals } = read.right.value;
      if (session.status === 'completed') {
        return O.isSome(totals)
          ? E.right(buildIkigaiCompletionResponse(session.session_token, totals.value))
          : E.left({ _tag: 'IkigaiResultNotFound' as const });
      }
      if (session.status !== 'ikigai_ongoing') return E.left(wrongStatus(session.status, ['completed']));
      return pipe(
        this.repos.ikigai.findAnswers(session.id),
        TE.chainW((answers) =>
          DIMENSION_KEYS.every((k) => answers[k] !== undefined)
            ? this.finalize.execute(session)
            : TE.left<GetIkigaiResultError, IkigaiCompletionResponse>(
                wrongStatus(session.status, ['completed']),
              ),
        ),
      )();
    };
  }
}
