// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { CandidateEntry } from '../model/candidate.js';
import type { DimensionKey } from '../model/dimension.js';
import type { SessionId, SessionToken, UserId } from '../model/ids.js';
import type { RecommendationsData } from '../use-cases/ikigai/recommendations-data.js';
import type { StoredScores } from './ikigai-repository.js';

/** `scored`: has stored Ikigai scores. `stuck`: four answers stored, still `ikigai_ongoing`, no scores. */
export type RescoreKind = 'scored' | 'stuck';

/** Which sessions an offline rescoring run touches; every present criterion must hold. */
export interface RescoreFilter {
  /** Only these sessions (`null`: any). */
  readonly tokens: readonly SessionToken[] | null;
  /** Completion time window, inclusive; a stuck session never completed, so its start time is used. */
  readonly since: Date | null;
  readonly until: Date | null;
  /** Include scored sessions; with `fallbackOnly`, only those whose metadata lists failed dimensions. */
  readonly scored: boolean;
  readonly fallbackOnly: boolean;
  /** Include stuck sessions. */
  readonly stuck: boolean;
}

export interface SelectedSession {
  readonly id: SessionId;
  readonly kind: RescoreKind;
  readonly userId: UserId;
  readonly token: SessionToken;
}

/** Everything a reuse-mode rescore needs about one scored session, read in one batch query. */
export interface ScoredSnapshot {
  readonly id: SessionId;
  readonly userId: UserId;
  readonly token: SessionToken;
  /** Opaque optimistic-concurrency token of the stored scores; every write changes it. */
  readonly version: string;
  readonly scores: StoredScores;
  /**
   * What scoring needs of `candidates_data.candidates`, in stored order (the final tie-break): the ids and
   * congruence scores. The full entries are read only when a new narrative needs them.
   */
  readonly candidates: readonly Pick<CandidateEntry, 'profession_id' | 'congruence_score'>[];
  /** The profession clicked per dimension (null: none). */
  readonly selected: Readonly<Record<DimensionKey, number | null>>;
  /** `career_recommendations.recommendations_data`, when the row exists. */
  readonly recommendation: RecommendationsData | null;
}

/**
 * Streams the sessions of a rescoring run. Pagination is by keyset on the session id (ascending), so a
 * run of any size holds one batch in memory and a resumed run continues after the last committed id.
 */
export interface RescoreSelection {
  count(filter: RescoreFilter, after: SessionId | null): TE.TaskEither<PortError, number>;
  nextBatch(
    filter: RescoreFilter,
    after: SessionId | null,
    limit: number,
  ): TE.TaskEither<PortError, readonly SelectedSession[]>;
  /** Snapshots of the given sessions that still have scores (a vanished one is simply absent). */
  loadScored(ids: readonly SessionId[]): TE.TaskEither<PortError, readonly ScoredSnapshot[]>;
  /** The selection facts of single sessions (scored or stuck), e.g. for a queued job; others are absent. */
  describe(ids: readonly SessionId[]): TE.TaskEither<PortError, readonly SelectedSession[]>;
}
