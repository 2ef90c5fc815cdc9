// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionId } from '../model/ids.js';
import type { RevisionDiff } from '../use-cases/rescore/rescore-diff.js';
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
  /**
   * false when the dimension document keeps its content (e.g. a formula fix with the same r_raw): its row is
   * left as it is and the revision records no old copy of it.
   */
  readonly dimensionsChanged: boolean;
  /** Replaces (or creates) the recommendation row; null leaves it as it is. */
  readonly recommendation: RecommendationUpdate | null;
  readonly narrative: NarrativeAction;
  readonly diff: RevisionDiff;
  readonly author: RescoreAuthor;
}

/** `score_revisions`: the previous version of every rescored session (who, when, why, old documents). */
export interface ScoreRevisionRepository {
  /**
   * For each revision, atomically: if the session's stored scores still carry `expectedVersion`, copies
   * every document being replaced (always the totals; the dimension document and the recommendation when
   * they change) into a new revision row and stores the new documents. A session's write is all or nothing
   * and never depends on another session's version; several sessions may share one statement, so a failure
   * of the statement writes none of them (the caller then retries them one by one). Returns the sessions
   * written: one missing from it lost to another writer and got nothing.
   */
  applyAll(revisions: readonly ScoreRevision[]): TE.TaskEither<PortError, ReadonlySet<SessionId>>;
}
