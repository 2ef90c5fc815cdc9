// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
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
    // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
    return async () => {
      const read = await this.repos.reads.riasec(caller.id, token)();
      const completed = E.isLeft(read) ? read : completedRead(undefined)(read.right);
      if (E.isLeft(completed)) return completed;
      const { session, rows } = completed.right;
      if (O.isNone(rows.outcome)) return E.left(missing());
      const code = await this.repos.catalogue.codeById(rows.outcome.value.riasec_code_id)();
      if (E.isLeft(code)) return code;
      if (code.right === undefined) return E.left(missing());
      const about = await this.about(code.right)();
      return E.right(buildPersonalityResult(session.session_token, code.right, about));
    };
  }
}
