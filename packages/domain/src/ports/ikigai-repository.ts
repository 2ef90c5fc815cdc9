import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { DimensionAnswer, DimensionAnswers, DimensionKey } from '../model/dimension.js';
import type { SessionId } from '../model/ids.js';
import type { IkigaiDimensionScoresData, IkigaiTotalScoresData } from '../scoring/scores-data.js';

export interface StoredScores {
  readonly dimensionScores: IkigaiDimensionScoresData;
  readonly totalScores: IkigaiTotalScoresData;
  readonly topProfession1: number | null;
  readonly topProfession2: number | null;
  readonly aiModelUsed: string;
  readonly totalApiCalls: number;
  readonly calculatedAt: Date;
}

/** Ikigai answers (filled column by column) and the insert-once score documents. */
export interface IkigaiRepository {
  ensureResponseRow(session: SessionId, at: Date): TE.TaskEither<PortError, void>;
  findAnswers(session: SessionId): TE.TaskEither<PortError, DimensionAnswers>;
  /** `ensureResponseRow` then `findAnswers`, in one round trip where the store can (issue 21). */
  openAnswers(session: SessionId, at: Date): TE.TaskEither<PortError, DimensionAnswers>;
  /** Writes one dimension only if it is still empty; `false` when it was already answered. */
  saveAnswer(
    session: SessionId,
    key: DimensionKey,
    answer: DimensionAnswer,
  ): TE.TaskEither<PortError, boolean>;
  completeResponses(session: SessionId, at: Date): TE.TaskEither<PortError, void>;
  saveScores(session: SessionId, scores: StoredScores): TE.TaskEither<PortError, void>;
  findScores(session: SessionId): TE.TaskEither<PortError, O.Option<StoredScores>>;
}
