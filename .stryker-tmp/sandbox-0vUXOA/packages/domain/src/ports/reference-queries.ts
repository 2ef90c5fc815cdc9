// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { UserId } from '../model/ids.js';

export interface CategoryView {
  readonly id: number;
  readonly category_code: string;
  readonly category_name: string;
  readonly description: string | null;
  readonly detail_table_name: string;
  readonly is_active: boolean;
  readonly created_at: string;
}

export interface HistoryView {
  readonly id: number;
  readonly user_id: string;
  readonly test_category_id: number;
  readonly detail_session_id: number;
  readonly status: string;
  readonly started_at: string;
  readonly completed_at: string | null;
}

export interface QuestionView {
  /** "R1".."C12" */
  readonly id: string;
  readonly pertanyaan: string;
}

/** Plain reads with no business rules behind them: handlers call these directly. */
export interface ReferenceQueries {
  activeCategories(): TE.TaskEither<PortError, readonly CategoryView[]>;
  historyOf(user: UserId): TE.TaskEither<PortError, readonly HistoryView[]>;
  historyEntry(user: UserId, id: number): TE.TaskEither<PortError, O.Option<HistoryView>>;
  /** Ordered by type R, I, A, S, E, C, then number. */
  riasecQuestions(): TE.TaskEither<PortError, readonly QuestionView[]>;
}
