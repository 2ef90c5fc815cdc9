// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { ProfessionId, type SessionToken } from '../../model/ids.js';
import type { Completed } from '../../model/session.js';
import type { StoredRecommendation } from '../../ports/recommendation-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { UserSummary } from '../../ports/user-directory.js';
import type { FinalizeError, FinalizeIkigai } from '../ikigai/finalize-ikigai.js';
import { type RecommendationResult, buildRecommendationResult } from './recommendation-result.js';
import { resultHeader } from './result-header.js';
import { type ResultSessionError, completedRead } from './result-session.js';

export type GetRecommendationResultError =
  | ResultSessionError
  | FinalizeError
  | { readonly _tag: 'RecommendationResultNotFound' }
  | { readonly _tag: 'RiasecResultNotFound' };

type Step<A> = TE.TaskEither<GetRecommendationResultError, A>;

const notFound = (): GetRecommendationResultError => ({ _tag: 'RecommendationResultNotFound' });
const riasecMissing = (): GetRecommendationResultError => ({ _tag: 'RiasecResultNotFound' });

/**
 * GET /result/recommendation/{token} (upstream §5.3). Read-only in the normal case: the active profile was
 * already set when the session completed (decisions §4), so nothing is auto-saved here.
 */
export class GetRecommendationResult {
  constructor(
    private readonly repos: Repositories,
    private readonly finalize: FinalizeIkigai,
  ) {}

  // Plain async over the ports' TaskEithers: a read route's hot path, where each combinator step costs
  // promises (ADR 0014); the error channel is the same.
  execute(caller: UserSummary, token: SessionToken): Step<RecommendationResult> {
    return async () => {
      const read = await this.repos.reads.recommendation(caller.id, token)();
      const completed = E.isLeft(read) ? read : completedRead('RECOMMENDATION')(read.right);
      if (E.isLeft(completed)) return completed;
      const { session, rows } = completed.right;
      const recommendation = await this.recommendation(session, rows.recommendation)();
      if (E.isLeft(recommendation)) return recommendation;
      if (O.isNone(rows.outcome)) return E.left(riasecMissing());
      const outcome = rows.outcome.value;
      const ids = new Set<number>([
        ...outcome.candidates_data.candidates.map((c) => c.profession_id),
        ...recommendation.right.data.recommended_professions.map((p) => p.profession_id),
      ]);
      const [code, briefs] = await Promise.all([
        this.repos.catalogue.codeById(outcome.riasec_code_id)(),
        this.repos.catalogue.briefs([...ids].map(ProfessionId))(),
      ]);
      if (E.isLeft(code)) return code;
      if (code.right === undefined) return E.left(riasecMissing());
      if (E.isLeft(briefs)) return briefs;
      return E.right(
        buildRecommendationResult({
          header: resultHeader(caller, session),
          session,
          data: recommendation.right.data,
          outcome,
          code: code.right,
          briefs: briefs.right,
        }),
      );
    };
  }

  /**
   * A crash between scoring and the narrative leaves a completed session without its
   * `career_recommendations` row; the same finalize path that writes it after scoring writes it now (it skips
   * the already stored scores and stores the narrative once), instead of a 404 forever.
   */
  private recommendation(
    session: Completed,
    stored: O.Option<StoredRecommendation>,
  ): Step<StoredRecommendation> {
    return pipe(
      stored,
      O.match(
        () =>
          pipe(
            this.repos.ikigai.findScores(session.id),
            TE.chainW(TE.fromOption(notFound)),
            TE.chainW(() => this.finalize.execute(session)),
            TE.chainW(() => this.repos.recommendations.find(session.id)),
            TE.chainW(TE.fromOption(notFound)),
          ),
        (found) => TE.right(found),
      ),
    );
  }
}
