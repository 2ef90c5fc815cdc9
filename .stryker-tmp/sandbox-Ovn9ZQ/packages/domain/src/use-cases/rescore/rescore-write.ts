// @ts-nocheck
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { NarrativeWriter } from '../../ports/ai-ports.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type {
  NarrativeAction,
  RecommendationUpdate,
  ScoreRevision,
} from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { regenerateRecommendation } from './narrative-regeneration.js';
import type { FreshAnswers } from './reask.js';
import { refreshRecommendation } from './recommendation-refresh.js';
import { revisionDiff } from './rescore-diff.js';
import { type RescorePlan, planRescore } from './rescore-plan.js';
import type { RescoreError, RescoreOutcome, RescoreRequest } from './rescore-types.js';

/** A session whose outcome needs no write (unchanged, or a dry run). */
export interface Settled {
  readonly _tag: 'Settled';
  readonly outcome: RescoreOutcome;
}

/** A session ready to be written: its revision, and its outcome once the write succeeds. */
export interface Pending {
  readonly _tag: 'Pending';
  readonly snapshot: ScoredSnapshot;
  readonly ai: FreshAnswers;
  readonly request: RescoreRequest;
  readonly revision: ScoreRevision;
  readonly outcome: RescoreOutcome;
}

export type Prepared = Settled | Pending;

type Different = Extract<RescorePlan, { _tag: 'Different' }>;

interface WriteDependencies {
  readonly repos: Repositories;
  readonly narrator: NarrativeWriter;
  readonly now: () => Date;
}

/** What becomes of the recommendation: the narrative is regenerated only when the top two changed. */
const recommendation = (
  deps: WriteDependencies,
  snapshot: ScoredSnapshot,
  plan: Different,
  dryRun: boolean,
): TE.TaskEither<RescoreError, { update: RecommendationUpdate | null; action: NarrativeAction }> => {
  if (plan.diff.top_2_changed) {
    if (dryRun) return TE.right({ update: null, action: 'regenerated' });
    return pipe(
      regenerateRecommendation(deps.repos, deps.narrator, snapshot, plan.scores, deps.now),
      TE.map((update) => ({ update, action: 'regenerated' as const })),
    );
  }
  const data = snapshot.recommendation
    ? refreshRecommendation(snapshot.recommendation, plan.scores.totalScores.profession_scores)
    : null;
  if (data === null) return TE.right({ update: null, action: 'unchanged' });
  const { topProfession1, topProfession2 } = plan.scores;
  return TE.right({
    update: { data, topProfession1, topProfession2, aiModelUsed: null, generatedAt: null },
    action: 'refreshed',
  });
};

/** Plans one session's write (pure apart from a narrative call when the top two changed). */
export const planWrite = (
  deps: WriteDependencies,
  snapshot: ScoredSnapshot,
  ai: FreshAnswers,
  request: RescoreRequest,
): TE.TaskEither<RescoreError, Prepared> => {
  const session = { id: snapshot.id, token: snapshot.token };
  return pipe(
    TE.fromEither(planRescore(snapshot, ai.fresh, ai.model, deps.now())),
    TE.chainW((plan): TE.TaskEither<RescoreError, Prepared> => {
      if (plan._tag === 'Same') {
        return TE.right({
          _tag: 'Settled',
          outcome: { _tag: 'Unchanged', session, aiFailures: ai.failures },
        });
      }
      return pipe(
        recommendation(deps, snapshot, plan, request.dryRun),
        TE.map(({ update, action }): Prepared => {
          const outcome: RescoreOutcome = {
            _tag: 'Rescored',
            session,
            diff: plan.diff,
            narrative: action,
            written: !request.dryRun,
            aiFailures: ai.failures,
          };
          if (request.dryRun) return { _tag: 'Settled', outcome };
          const revision: ScoreRevision = {
            session: snapshot.id,
            expectedVersion: snapshot.version,
            scores: plan.scores,
            dimensionsChanged: plan.dimensionsChanged,
            recommendation: update,
            narrative: action,
            diff: revisionDiff(plan.diff),
            author: request,
          };
          return { _tag: 'Pending', snapshot, ai, request, revision, outcome };
        }),
      );
    }),
  );
};
