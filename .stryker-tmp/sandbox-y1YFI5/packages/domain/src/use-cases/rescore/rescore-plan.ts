// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { StoredScores } from '../../ports/ikigai-repository.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import { scoreIkigai } from '../../scoring/pipeline.js';
import type { IkigaiScoringResult } from '../../scoring/scores-data.js';
import type { ScoringError } from '../../scoring/scoring-error.js';
import { jsonEqual } from './json-equal.js';
import { type RescoreDiff, diffScores } from './rescore-diff.js';
import { type FreshRelevance, type StoredScoresCorrupt, scoringInputOf } from './rescore-input.js';

/** `Same`: the recomputed documents equal the stored ones (apart from their timestamp): nothing to write. */
export type RescorePlan =
  | { readonly _tag: 'Same' }
  | {
      readonly _tag: 'Different';
      readonly scores: StoredScores;
      readonly diff: RescoreDiff;
      /**
       * false: the dimension document is the stored one (same content): it is not rewritten, and keeps saying
       * when its scores were computed; only the ranking gets the new time.
       */
      readonly dimensionsChanged: boolean;
    };

type Stamped = { readonly metadata: { readonly calculated_at: string } };

/** Documents compared without `metadata.calculated_at`, which a rescore always moves. */
const sameDocument = (a: Stamped, b: Stamped): boolean =>
  jsonEqual(
    { ...a, metadata: { ...a.metadata, calculated_at: null } },
    { ...b, metadata: { ...b.metadata, calculated_at: null } },
  );

const stamp = <D extends Stamped>(doc: D, at: string): D => ({
  ...doc,
  metadata: { ...doc.metadata, calculated_at: at },
});

/**
 * Strictly after the stored time, so the version of the stored scores (their timestamp) changes with every
 * write even if two machines' clocks disagree.
 */
const nextCalculatedAt = (stored: Date, now: Date): Date =>
  now.getTime() > stored.getTime() ? now : new Date(stored.getTime() + 1);

/**
 * Recomputes a session's documents with the pipeline and decides whether anything changed. Idempotent by
 * construction: documents equal to the stored ones give `Same`, so a second run writes nothing.
 * `freshModel` names the model of the fresh answers (null when none were asked for or none answered).
 */
export const planRescore = (
  snapshot: ScoredSnapshot,
  fresh: FreshRelevance,
  freshModel: string | null,
  now: Date,
): E.Either<StoredScoresCorrupt | ScoringError, RescorePlan> =>
  pipe(
    scoringInputOf(snapshot, fresh),
    E.chainW((input) =>
      // Scored at the stored timestamp first: the comparison then needs no masking of the new time.
      scoreIkigai(input, snapshot.scores.totalScores.metadata.calculated_at ?? ''),
    ),
    E.map((result): RescorePlan => {
      const stored = snapshot.scores;
      const dimensionsChanged = !sameDocument(result.dimension_scores, stored.dimensionScores);
      if (
        !dimensionsChanged &&
        sameDocument(result.total_scores, stored.totalScores) &&
        result.top_profession1_id === stored.topProfession1 &&
        result.top_profession2_id === stored.topProfession2
      ) {
        return { _tag: 'Same' };
      }
      const at = nextCalculatedAt(stored.calculatedAt, now);
      return {
        _tag: 'Different',
        scores: storedScores(result, stored, freshModel, at, dimensionsChanged),
        diff: diff(stored, result),
        dimensionsChanged,
      };
    }),
  );

const storedScores = (
  result: IkigaiScoringResult,
  stored: StoredScores,
  freshModel: string | null,
  at: Date,
  dimensionsChanged: boolean,
): StoredScores => ({
  dimensionScores: dimensionsChanged
    ? stamp(result.dimension_scores, at.toISOString())
    : stored.dimensionScores,
  totalScores: stamp(result.total_scores, at.toISOString()),
  topProfession1: result.top_profession1_id,
  topProfession2: result.top_profession2_id,
  aiModelUsed: dimensionsChanged ? (freshModel ?? stored.aiModelUsed) : stored.aiModelUsed,
  totalApiCalls: stored.totalApiCalls,
  calculatedAt: at,
});

const diff = (stored: StoredScores, result: IkigaiScoringResult): RescoreDiff =>
  diffScores(
    { totals: stored.totalScores, dimensions: stored.dimensionScores },
    { totals: result.total_scores, dimensions: result.dimension_scores },
  );
