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

/** The category a history row nests, as upstream's history response model does. */
export type HistoryCategoryView = Pick<
  CategoryView,
  'id' | 'category_code' | 'category_name' | 'description' | 'is_active'
>;

export interface HistoryView {
  readonly id: number;
  readonly user_id: string;
  readonly test_category_id: number;
  readonly detail_session_id: number;
  readonly status: string;
  readonly started_at: string;
  readonly completed_at: string | null;
  /** Null only when the row names a category that no longer exists. */
  readonly test_category: HistoryCategoryView | null;
}

export interface QuestionView {
  /** "R1".."C12" */
  readonly id: string;
  readonly pertanyaan: string;
}

/** A profession as the web client's search and candidate lists show it. */
export interface ProfessionListing {
  readonly profession_id: number;
  readonly name: string;
  /** Null while the catalogue has not classified it. */
  readonly riasec_code: string | null;
}

/** `q`: words the name contains (case-insensitive); `ids`: exactly these professions. */
export interface ProfessionSearch {
  readonly q?: string;
  readonly ids?: readonly number[];
  readonly limit: number;
}

/** Plain reads with no business rules behind them: handlers call these directly. */
export interface ReferenceQueries {
  activeCategories(): TE.TaskEither<PortError, readonly CategoryView[]>;
  historyOf(user: UserId): TE.TaskEither<PortError, readonly HistoryView[]>;
  historyEntry(user: UserId, id: number): TE.TaskEither<PortError, O.Option<HistoryView>>;
  /** Ordered by type R, I, A, S, E, C, then number. */
  riasecQuestions(): TE.TaskEither<PortError, readonly QuestionView[]>;
  /** Classified and unclassified professions by name, ordered by name then id. */
  professions(search: ProfessionSearch): TE.TaskEither<PortError, readonly ProfessionListing[]>;
}
