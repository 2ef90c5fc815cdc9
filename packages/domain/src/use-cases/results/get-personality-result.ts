import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { SessionToken } from '../../model/ids.js';
import type { PersonalityWriter } from '../../ports/ai-ports.js';
import type { PersonalityCache } from '../../ports/cache-ports.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { UserSummary } from '../../ports/user-directory.js';
import { aboutCode } from './personality-about.js';
import { type PersonalityResult, buildPersonalityResult } from './personality-result.js';
import { type ResultSessionError, completedRead } from './result-session.js';

export type GetPersonalityResultError = ResultSessionError | { readonly _tag: 'RiasecResultNotFound' };

/** GET /result/personality/{token} (upstream §5.5): shared by both goals; the AI never fails the request. */
export class GetPersonalityResult {
  private readonly about: ReturnType<typeof aboutCode>;

  constructor(
    private readonly repos: Repositories,
    cache: PersonalityCache,
    writer: PersonalityWriter,
  ) {
    this.about = aboutCode(cache, writer);
  }

  execute(
    caller: UserSummary,
    token: SessionToken,
  ): TE.TaskEither<GetPersonalityResultError, PersonalityResult> {
    const missing = (): GetPersonalityResultError => ({ _tag: 'RiasecResultNotFound' });
    return pipe(
      this.repos.reads.riasec(caller.id, token),
      TE.chainEitherKW(completedRead(undefined)),
      TE.chainW(({ session, rows }) =>
        pipe(
          TE.fromOption(missing)(rows.outcome),
          TE.map((outcome) => ({ session, outcome })),
        ),
      ),
      TE.bindW('code', ({ outcome }) =>
        pipe(
          this.repos.catalogue.codeById(outcome.riasec_code_id),
          TE.chainW((code) => TE.fromOption(missing)(O.fromNullable(code))),
        ),
      ),
      TE.bindW('about', ({ code }) => TE.fromTask(this.about(code))),
      TE.map(({ session, code, about }) => buildPersonalityResult(session.session_token, code, about)),
    );
  }
}
