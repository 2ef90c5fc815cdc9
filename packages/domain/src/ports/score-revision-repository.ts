import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionId } from '../model/ids.js';
import type { RescoreDiff } from '../use-cases/rescore/rescore-diff.js';
import type { RecommendationsData } from '../use-cases/ikigai/recommendations-data.js';
import type { StoredScores } from './ikigai-repository.js';

/** How a rescore treated `career_recommendations`: untouched, new scores in the old texts, or a new narrative. */
export type NarrativeAction = 'unchanged' | 'refreshed' | 'regenerated';

/** Which r_raw a rescore used: the stored ones, fresh AI answers for all four dimensions, or for failed ones. */
export type RescoreMode = 'reuse' | 'reask' | 'reask-failed';

/** Who asked for a rescore and why; stored with every revision. */
export interface RescoreAuthor {
  readonly actor: string;
  readonly reason: string;
  readonly mode: RescoreMode;
  /** The CLI run that wrote it (null for a queued job or an ad-hoc call). */
  readonly runId: number | null;
}

/** The new `career_recommendations` row; a null model or time keeps the stored one (same narrative texts). */
export interface RecommendationUpdate {
  readonly data: RecommendationsData;
  readonly topProfession1: number | null;
  readonly topProfession2: number | null;
  readonly aiModelUsed: string | null;
  readonly generatedAt: Date | null;
}

/** New documents for one session, plus what the revision row records about the change. */
export interface ScoreRevision {
  readonly session: SessionId;
  /** The version the new documents were computed from (see `ScoredSnapshot.version`). */
  readonly expectedVersion: string;
  readonly scores: StoredScores;
  /** Replaces (or creates) the recommendation row; null leaves it as it is. */
  readonly recommendation: RecommendationUpdate | null;
  readonly narrative: NarrativeAction;
  readonly diff: RescoreDiff;
  readonly author: RescoreAuthor;
}

/** `score_revisions`: the previous version of every rescored session (who, when, why, old documents). */
export interface ScoreRevisionRepository {
  /**
   * Atomically, in one transaction: if the session's stored scores still carry `expectedVersion`, copies
   * them (and the recommendation being replaced) into a new revision row and stores the new documents.
   * `false` when another writer changed the scores first; then nothing was written.
   */
  apply(revision: ScoreRevision): TE.TaskEither<PortError, boolean>;
}
