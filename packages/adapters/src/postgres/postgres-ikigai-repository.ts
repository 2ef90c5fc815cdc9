import {
  type DimensionAnswer,
  type DimensionAnswers,
  type DimensionKey,
  type IkigaiTotalScoresData,
  type IkigaiRepository,
  type PortError,
  type SessionId,
  type StoredScores,
  DIMENSION_KEYS,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow, decodeRow } from './attempt.js';
import { KENALI_SCHEMA, type PhysicalSchema } from './physical-schema.js';
import { type NamedStatement, firstRow, namedRun, oncePer, statement } from './named-query.js';
import { Nullable, PgDate, isoTimestamp, jsonb } from './row-codecs.js';

const PORT = 'ikigai';

const AnswerCodec = t.type({
  selected_profession_id: Nullable(t.number),
  selection_type: t.keyof({ selected: null, not_selected: null }),
  reasoning_text: t.string,
  answered_at: t.string,
});
const ResponsesRow = t.record(t.string, t.unknown);
const TotalScoresDocument = t.type({
  profession_scores: t.array(t.UnknownRecord),
  metadata: t.UnknownRecord,
});
const TotalsRow = t.type({ total_scores: TotalScoresDocument });

/**
 * The `ikigai_total_scores` document alone (or none), for the result read that shows nothing else. Its
 * `calculated_at` is shown as is, so upstream's naive timestamp is read as the UTC time it is.
 */
export const decodeTotals = decodeOptionalRow(PORT, TotalsRow, (r) => {
  // The shape was checked above; the document is the one this service (or upstream) wrote.
  const totals = r.total_scores as unknown as IkigaiTotalScoresData;
  const at = totals.metadata.calculated_at;
  const iso = typeof at === 'string' ? isoTimestamp(at) : at;
  return iso === at ? totals : { ...totals, metadata: { ...totals.metadata, calculated_at: iso } };
});

const ScoresRow = t.type({
  dimension_scores: t.type({
    dimension_scores: t.UnknownRecord,
    normalization_params: t.UnknownRecord,
    metadata: t.UnknownRecord,
  }),
  total_scores: TotalScoresDocument,
  top_profession1_id: Nullable(t.number),
  top_profession2_id: Nullable(t.number),
  ai_model_used: t.string,
  total_api_calls: Nullable(t.number),
  calculated_at: PgDate,
});

// The write routes' statements, run as named statements (ADR 0036); some texts follow the column names.
const COMPLETE_RESPONSES = statement(
  'update ikigai_responses set completed = true, completed_at = ? where test_session_id = ?',
);
const SAVE_DIMENSION_SCORES =
  statement(`insert into ikigai_dimension_scores (test_session_id, scores_data, calculated_at,
  ai_model_used, total_api_calls) values (?, ?, ?, ?, ?)`);
const FIND_SCORES = oncePer(({ totalTop: [top1, top2] }: PhysicalSchema) =>
  statement(`select d.scores_data as dimension_scores, t.scores_data as total_scores,
     t."${top1}" as top_profession1_id, t."${top2}" as top_profession2_id, d.ai_model_used, d.total_api_calls,
     t.calculated_at
   from ikigai_total_scores t join ikigai_dimension_scores d on d.test_session_id = t.test_session_id
   where t.test_session_id = ? limit 1`),
);
const SAVE_TOTALS = oncePer(({ totalTop: [top1, top2] }: PhysicalSchema) =>
  statement(`insert into ikigai_total_scores (test_session_id, scores_data, "${top1}", "${top2}", calculated_at)
    values (?, ?, ?, ?, ?)`),
);
/** The answer of one dimension, written once: the unanswered guard holds even for concurrent submits. */
const SAVE_ANSWER = oncePer((schema: PhysicalSchema) => {
  const byKey = new Map<DimensionKey, NamedStatement>();
  for (const key of DIMENSION_KEYS) {
    const column = schema.dimensions[key];
    byKey.set(
      key,
      statement(`update ikigai_responses set "${column}" = ?
        where test_session_id = ? and coalesce("${column}", 'null'::jsonb) = 'null'::jsonb`),
    );
  }
  return byKey;
});
/** `openAnswers`' statement. Where the answer columns are NOT NULL (the Go schema), unanswered is JSON null. */
const OPEN_ANSWERS = oncePer((schema: PhysicalSchema) => {
  const columns = Object.values(schema.dimensions);
  const list = columns.map((c) => `"${c}"`).join(', ');
  const empty = schema.dimensionsRequired ? columns.map(() => `'null'::jsonb`) : [];
  return statement(`
      with opened as (
        insert into ikigai_responses (test_session_id, created_at${empty.length ? `, ${list}` : ''})
        values (?, ?${empty.length ? `, ${empty.join(', ')}` : ''})
        on conflict (test_session_id) do nothing
        returning ${list}
      )
      select * from (
        select 0 as source, ${list} from opened
        union all
        select 1 as source, ${list} from ikigai_responses where test_session_id = ?
      ) as found order by source limit 1`);
});

export class PostgresIkigaiRepository implements IkigaiRepository {
  constructor(
    private readonly db: Knex | Knex.Transaction,
    private readonly schema: PhysicalSchema = KENALI_SCHEMA,
  ) {}

  ensureResponseRow(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    // Where the answer columns are NOT NULL (the Go-created schema), "not answered yet" is the JSON null.
    const unanswered = this.schema.dimensionsRequired
      ? Object.fromEntries(
          Object.values(this.schema.dimensions).map((c) => [c, this.db.raw(`'null'::jsonb`)]),
        )
      : {};
    return attempt(PORT, async () => {
      await this.db('ikigai_responses')
        .insert({ test_session_id: session, created_at: at, ...unanswered })
        .onConflict('test_session_id')
        .ignore();
    });
  }

  findAnswers(session: SessionId): TE.TaskEither<PortError, DimensionAnswers> {
    return pipe(
      attempt(PORT, () =>
        this.db('ikigai_responses')
          .select(Object.values(this.schema.dimensions))
          .where({ test_session_id: session })
          .first(),
      ),
      TE.chainEitherK((row: unknown) => this.decodeAnswers(row)),
    );
  }

  /**
   * One statement: inserts the empty row unless it exists, and answers the row — the inserted one (which the
   * statement's own snapshot cannot see) or the one that was there. Should neither come back (a row committed
   * by another transaction after this statement's snapshot was taken), the answers are read again.
   */
  openAnswers(session: SessionId, at: Date): TE.TaskEither<PortError, DimensionAnswers> {
    return pipe(
      attempt(PORT, () =>
        firstRow<Record<string, unknown>>(this.db, OPEN_ANSWERS(this.schema), [session, at, session]),
      ),
      TE.chain((row) => (row ? TE.fromEither(this.decodeAnswers(row)) : this.findAnswers(session))),
    );
  }

  private decodeAnswers(row: unknown): E.Either<PortError, DimensionAnswers> {
    if (row === undefined) return E.right({});
    return pipe(
      decodeRow(PORT, ResponsesRow)(row),
      E.chain((r) => {
        const answers: Partial<Record<DimensionKey, DimensionAnswer>> = {};
        for (const key of DIMENSION_KEYS) {
          const value = r[this.schema.dimensions[key]];
          if (value === null || value === undefined) continue;
          const decoded = decodeRow(PORT, AnswerCodec)(value);
          if (E.isLeft(decoded)) return decoded;
          answers[key] = decoded.right;
        }
        return E.right(answers);
      }),
    );
  }

  saveAnswer(
    session: SessionId,
    key: DimensionKey,
    answer: DimensionAnswer,
  ): TE.TaskEither<PortError, boolean> {
    const update = SAVE_ANSWER(this.schema).get(key) as NamedStatement;
    return attempt(PORT, async () => {
      const { rowCount } = await namedRun(this.db, update, [jsonb(answer), session]);
      return rowCount === 1;
    });
  }

  completeResponses(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await namedRun(this.db, COMPLETE_RESPONSES, [at, session]);
    });
  }

  saveScores(session: SessionId, s: StoredScores): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await namedRun(this.db, SAVE_DIMENSION_SCORES, [
        session,
        jsonb(s.dimensionScores),
        s.calculatedAt,
        s.aiModelUsed,
        s.totalApiCalls,
      ]);
      await namedRun(this.db, SAVE_TOTALS(this.schema), [
        session,
        jsonb(s.totalScores),
        s.topProfession1,
        s.topProfession2,
        s.calculatedAt,
      ]);
    });
  }

  findScores(session: SessionId): TE.TaskEither<PortError, O.Option<StoredScores>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, FIND_SCORES(this.schema), [session])),
      TE.chainEitherK((row: unknown) =>
        row === undefined
          ? E.right(O.none)
          : pipe(
              decodeRow(PORT, ScoresRow)(row),
              E.map((r) =>
                O.some({
                  dimensionScores: r.dimension_scores as unknown as StoredScores['dimensionScores'],
                  totalScores: r.total_scores as unknown as StoredScores['totalScores'],
                  topProfession1: r.top_profession1_id,
                  topProfession2: r.top_profession2_id,
                  aiModelUsed: r.ai_model_used,
                  totalApiCalls: r.total_api_calls ?? 4,
                  calculatedAt: r.calculated_at,
                }),
              ),
            ),
      ),
    );
  }
}
