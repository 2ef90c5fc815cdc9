import type {
  CategoryView,
  HistoryView,
  PortError,
  ProfessionListing,
  ProfessionSearch,
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
  c_id: Nullable(t.number),
  c_category_code: Nullable(t.string),
  c_category_name: Nullable(t.string),
  c_description: Nullable(t.string),
  c_is_active: Nullable(t.boolean),
});
const QuestionRow = t.type({ question_id: t.string, question_text: t.string });
const ListingRow = t.type({ id: t.number, name: t.string, riasec_code: Nullable(t.string) });

/** LIKE patterns match their wildcards literally. */
const likeLiteral = (word: string): string => word.replace(/[\\%_]/g, (c) => `\\${c}`);

const toHistory = (r: t.TypeOf<typeof HistoryRow>): HistoryView => ({
  id: r.id,
  user_id: r.user_id,
  test_category_id: r.test_category_id,
  detail_session_id: r.detail_session_id,
  status: r.status,
  started_at: r.started_at.toISOString(),
  completed_at: iso(r.completed_at),
  test_category:
    r.c_id === null
      ? null
      : {
          id: r.c_id,
          category_code: r.c_category_code ?? '',
          category_name: r.c_category_name ?? '',
          description: r.c_description,
          is_active: r.c_is_active ?? false,
        },
});

/** History rows with their category nested (upstream's history shape), one statement. */
const HISTORY_COLUMNS = [
  'h.id',
  'h.user_id',
  'h.test_category_id',
  'h.detail_session_id',
  'h.status',
  'h.started_at',
  'h.completed_at',
  'c.id as c_id',
  'c.category_code as c_category_code',
  'c.category_name as c_category_name',
  'c.description as c_description',
  'c.is_active as c_is_active',
];
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
        this.history().where('h.user_id', user).orderBy('h.started_at', 'desc').orderBy('h.id', 'desc'),
      ),
      TE.chainEitherK(decodeAll(HistoryRow)),
      TE.map((rows) => rows.map(toHistory)),
    );
  }

  historyEntry(user: UserId, id: number): TE.TaskEither<PortError, O.Option<HistoryView>> {
    return pipe(
      attempt(PORT, () => this.history().where('h.user_id', user).where('h.id', id).first()),
      TE.chainEitherK(decodeOptionalRow(PORT, HistoryRow, (r) => toHistory(r))),
    );
  }

  private history(): Knex.QueryBuilder {
    return this.db({ h: 'kenalidiri_history' })
      .leftJoin({ c: 'kenalidiri_categories' }, 'c.id', 'h.test_category_id')
      .select(HISTORY_COLUMNS);
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

  professions(search: ProfessionSearch): TE.TaskEither<PortError, readonly ProfessionListing[]> {
    const words = (search.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    return pipe(
      attempt(PORT, () => {
        const query = this.db('professions as p')
          .leftJoin('riasec_codes as c', 'c.id', 'p.riasec_code_id')
          .select('p.id', 'p.name', 'c.riasec_code')
          .orderBy('p.name')
          .orderBy('p.id')
          .limit(search.limit);
        for (const word of words) query.whereILike('p.name', `%${likeLiteral(word)}%`);
        if (search.ids) query.whereIn('p.id', [...search.ids]);
        return query;
      }),
      TE.chainEitherK(decodeAll(ListingRow)),
      TE.map((rows) => rows.map((r) => ({ profession_id: r.id, name: r.name, riasec_code: r.riasec_code }))),
    );
  }
}
