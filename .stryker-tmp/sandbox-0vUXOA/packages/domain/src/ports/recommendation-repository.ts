// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionId } from '../model/ids.js';
import type { RecommendationsData } from '../use-cases/ikigai/recommendations-data.js';

export interface StoredRecommendation {
  readonly data: RecommendationsData;
  readonly topProfession1: number | null;
  readonly topProfession2: number | null;
  readonly aiModelUsed: string;
  readonly generatedAt: Date;
}

/** `career_recommendations`: one row per RECOMMENDATION session, written once. */
export interface RecommendationRepository {
  /** Inserts unless a row exists; `false` when another writer got there first. */
  saveOnce(session: SessionId, recommendation: StoredRecommendation): TE.TaskEither<PortError, boolean>;
  find(session: SessionId): TE.TaskEither<PortError, O.Option<StoredRecommendation>>;
}
