import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { NarrativeWriter, RelevanceJudge } from '../../ports/ai-ports.js';
import type { Clock } from '../../ports/clock.js';
import type { RescoreSelection, ScoredSnapshot, SelectedSession } from '../../ports/rescore-selection.js';
import type {
  NarrativeAction,
  RecommendationUpdate,
  ScoreRevisionRepository,
} from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { FinalizeIkigai } from '../ikigai/finalize-ikigai.js';
import { regenerateRecommendation } from './narrative-regeneration.js';
import { type FreshAnswers, askAgain, dimensionsToAsk } from './reask.js';
import { refreshRecommendation } from './recommendation-refresh.js';
import { type RescorePlan, planRescore } from './rescore-plan.js';
import type { RescoreError, RescoreOutcome, RescoreRequest } from './rescore-types.js';

export interface RescoreDependencies {
  readonly selection: RescoreSelection;
  readonly revisions: ScoreRevisionRepository;
  readonly repos: Repositories;
  readonly judge: RelevanceJudge;
  readonly narrator: NarrativeWriter;
  readonly finalize: FinalizeIkigai;
  readonly clock: Clock;
}

/** A concurrent writer may win the optimistic check; after this many attempts the session is reported. */
const MAX_ATTEMPTS = 3;

type Different = Extract<RescorePlan, { _tag: 'Different' }>;

/**
 * Offline rescoring of one session (issue 7): recompute from the stored r_raw (or fresh AI answers), diff
 * against the stored ranking and, unless it is a dry run, store the new documents with a revision of the old
 * ones in one transaction. Idempotent: equal documents write nothing. A stuck session is finished by the
 * same FinalizeIkigai the service uses.
 */
export class RescoreSession {
  constructor(private readonly deps: RescoreDependencies) {}

  /** Dispatches on the kind the selection reported; a scored session is loaded first. */
  execute(selected: SelectedSession, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    if (selected.kind === 'stuck') return this.finalizeStuck(selected, request);
    return pipe(
      this.deps.selection.loadScored([selected.id]),
      TE.chainW(([snapshot]) =>
        snapshot ? this.rescore(snapshot, request) : TE.right(vanished(selected)),
      ),
    );
  }

  /** A scored session whose snapshot the caller already loaded (batch reads). */
  rescore(snapshot: ScoredSnapshot, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    const keys = dimensionsToAsk(request.mode, snapshot);
    return pipe(
      askAgain(this.deps.repos, this.deps.judge, snapshot, keys),
      TE.chainW((ai) => this.attempt(snapshot, ai, request, 1)),
    );
  }

  finalizeStuck(selected: SelectedSession, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    const session = { id: selected.id, token: selected.token };
    if (request.dryRun) return TE.right({ _tag: 'Finalized', session, top2: null, written: false });
    return pipe(
      this.deps.repos.sessions.findOwned(selected.userId, selected.token),
      TE.chainW(
        O.match(
          () => TE.right<RescoreError, RescoreOutcome>(vanished(selected)),
          (found) =>
            found.status !== 'ikigai_ongoing'
              ? TE.right<RescoreError, RescoreOutcome>(vanished(selected))
              : pipe(
                  this.deps.finalize.execute(found),
                  TE.map((response): RescoreOutcome => {
                    const [first, second] = response.top_2_professions;
                    const top2: [number | null, number | null] = [
                      first ? Number(first.profession_id) : null,
                      second ? Number(second.profession_id) : null,
                    ];
                    return { _tag: 'Finalized', session, top2, written: true };
                  }),
                ),
        ),
      ),
    );
  }

  private attempt(
    snapshot: ScoredSnapshot,
    ai: FreshAnswers,
    request: RescoreRequest,
    attempt: number,
  ): TE.TaskEither<RescoreError, RescoreOutcome> {
    const session = { id: snapshot.id, token: snapshot.token };
    return pipe(
      TE.fromEither(planRescore(snapshot, ai.fresh, ai.model, this.deps.clock.now())),
      TE.chainW((plan): TE.TaskEither<RescoreError, RescoreOutcome> => {
        if (plan._tag === 'Same') return TE.right({ _tag: 'Unchanged', session, aiFailures: ai.failures });
        const rescored = (narrative: NarrativeAction, written: boolean): RescoreOutcome => ({
          _tag: 'Rescored',
          session,
          diff: plan.diff,
          narrative,
          written,
          aiFailures: ai.failures,
        });
        if (request.dryRun) return TE.right(rescored(plannedNarrative(snapshot, plan), false));
        return pipe(
          this.recommendation(snapshot, plan),
          TE.chainW(({ update, action }) =>
            pipe(
              this.deps.revisions.apply({
                session: snapshot.id,
                expectedVersion: snapshot.version,
                scores: plan.scores,
                recommendation: update,
                narrative: action,
                diff: plan.diff,
                author: request,
              }),
              TE.chainW((applied) =>
                applied ? TE.right(rescored(action, true)) : this.retry(snapshot, ai, request, attempt),
              ),
            ),
          ),
        );
      }),
    );
  }

  /** Lost the optimistic check: read the session again and recompute from what is stored now. */
  private retry(
    snapshot: ScoredSnapshot,
    ai: FreshAnswers,
    request: RescoreRequest,
    attempt: number,
  ): TE.TaskEither<RescoreError, RescoreOutcome> {
    if (attempt >= MAX_ATTEMPTS) return TE.left({ _tag: 'RescoreConflict', session: snapshot.id });
    return pipe(
      this.deps.selection.loadScored([snapshot.id]),
      TE.chainW(([again]) =>
        again ? this.attempt(again, ai, request, attempt + 1) : TE.right(vanished(snapshot)),
      ),
    );
  }

  /** The narrative is regenerated only when the top two changed; otherwise only its scores follow. */
  private recommendation(
    snapshot: ScoredSnapshot,
    plan: Different,
  ): TE.TaskEither<RescoreError, { update: RecommendationUpdate | null; action: NarrativeAction }> {
    if (plan.diff.top_2_changed) {
      const { repos, narrator, clock } = this.deps;
      return pipe(
        regenerateRecommendation(repos, narrator, snapshot, plan.scores, () => clock.now()),
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
  }
}

const vanished = (s: { readonly id: SelectedSession['id']; readonly token: SelectedSession['token'] }) =>
  ({ _tag: 'Vanished', session: { id: s.id, token: s.token } }) as const;

const plannedNarrative = (snapshot: ScoredSnapshot, plan: Different): NarrativeAction => {
  if (plan.diff.top_2_changed) return 'regenerated';
  if (!snapshot.recommendation) return 'unchanged';
  return refreshRecommendation(snapshot.recommendation, plan.scores.totalScores.profession_scores) === null
    ? 'unchanged'
    : 'refreshed';
};
