// @ts-nocheck
import type {
  CategoryView,
  HistoryView,
  PortError,
  QuestionView,
  ReferenceQueries,
  UserId,
} from '@kenali/domain';
import * as A from 'fp-ts/lib/Array.js';
import * as E from 'fp-ts/lib/Either.js';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow, decodeRow } from './attempt.js';
import { Nullable, PgDate } from './row-codecs.js';

const PORT = 'reference';
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const CategoryRow = t.type({
  id: t.number,
  category_code: t.string,
  category_name: t.string,
  description: Nullable(t.string),
  detail_table_name: t.string,
  is_active: t.boolean,
  created_at: PgDate,
});
const HistoryRow = t.type({
  id: t.number,
  user_id: t.string,
  test_category_id: t.number,
  detail_session_id: t.number,
  status: t.string,
  started_at: PgDate,
  completed_at: Nullable(PgDate),
});
const QuestionRow = t.type({ question_id: t.string, question_text: t.string });

const toHistory = (r: t.TypeOf<typeof HistoryRow>): HistoryView => ({
  ...r,
  started_at: r.started_at.toISOString(),
  completed_at: iso(r.completed_at),
});
const LETTER_ORDER = 'RIASEC';
const questionOrder = (id: string): number => LETTER_ORDER.indexOf(id[0] ?? '') * 1000 + Number(id.slice(1));

const decodeAll =
  <A>(codec: t.Decoder<unknown, A>) =>
  (rows: unknown[]) =>
    pipe(rows, A.traverse(E.Applicative)(decodeRow(PORT, codec)));

export class PostgresReferenceQueries implements ReferenceQueries {
  constructor(private readonly db: Knex) {}

  activeCategories(): TE.TaskEither<PortError, readonly CategoryView[]> {
    return pipe(
      attempt(PORT, () => this.db('kenalidiri_categories').where({ is_active: true }).orderBy('id')),
      TE.chainEitherK(decodeAll(CategoryRow)),
      TE.map((rows) => rows.map((r) => ({ ...r, created_at: r.created_at.toISOString() }))),
    );
  }

  historyOf(user: UserId): TE.TaskEither<PortError, readonly HistoryView[]> {
    return pipe(
      attempt(PORT, () =>
        this.db('kenalidiri_history')
          .where({ user_id: user })
          .orderBy('started_at', 'desc')
          .orderBy('id', 'desc'),
      ),
      TE.chainEitherK(decodeAll(HistoryRow)),
      TE.map((rows) => rows.map(toHistory)),
    );
  }

  historyEntry(user: UserId, id: number): TE.TaskEither<PortError, O.Option<HistoryView>> {
    return pipe(
      attempt(PORT, () => this.db('kenalidiri_history').where({ user_id: user, id }).first()),
      TE.chainEitherK(decodeOptionalRow(PORT, HistoryRow, (r) => toHistory(r))),
    );
  }

  riasecQuestions(): TE.TaskEither<PortError, readonly QuestionView[]> {
    return pipe(
      attempt(PORT, () => this.db('riasec_questions').select('question_id', 'question_text')),
      TE.chainEitherK(decodeAll(QuestionRow)),
      TE.map((rows) =>
        rows
          .map((r) => ({ id: r.question_id, pertanyaan: r.question_text }))
          .sort((a, b) => questionOrder(a.id) - questionOrder(b.id)),
      ),
    );
  }
}
