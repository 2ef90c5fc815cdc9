// @ts-nocheck
import {
  type FitCheckRecord,
  type FitCheckRepository,
  type PortError,
  type SessionId,
  FIT_RULE_TYPES,
  MATCH_CATEGORIES,
  ProfessionId,
  RiasecCodeId,
} from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';
import { Nullable, PgDate } from './row-codecs.js';

const PORT = 'fit_check_results';
const oneOf = <T extends string>(values: readonly T[]) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<T, null>);

// Strict: the row's own columns (id, test_session_id) must not leak into the domain record.
const Row = t.strict({
  profession_id: t.number,
  user_riasec_code_id: t.number,
  profession_riasec_code_id: t.number,
  match_category: oneOf(MATCH_CATEGORIES),
  rule_type: oneOf(FIT_RULE_TYPES),
  dominant_letter_same: t.boolean,
  is_adjacent_hexagon: t.boolean,
  match_score: Nullable(t.number),
  created_at: PgDate,
});

/** A `fit_check_results` row of `session` as the domain's record (or none); also used by the reads. */
export const decodeFitCheck = (session: SessionId) =>
  decodeOptionalRow(PORT, Row, (r): FitCheckRecord => ({
    ...r,
    session,
    profession_id: ProfessionId(r.profession_id),
    user_riasec_code_id: RiasecCodeId(r.user_riasec_code_id),
    profession_riasec_code_id: RiasecCodeId(r.profession_riasec_code_id),
    match_score: r.match_score ?? 0.5,
  }));

export class PostgresFitCheckRepository implements FitCheckRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  save(record: FitCheckRecord): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await this.db(PORT).insert({
        test_session_id: record.session,
        profession_id: record.profession_id,
        user_riasec_code_id: record.user_riasec_code_id,
        profession_riasec_code_id: record.profession_riasec_code_id,
        match_category: record.match_category,
        rule_type: record.rule_type,
        dominant_letter_same: record.dominant_letter_same,
        is_adjacent_hexagon: record.is_adjacent_hexagon,
        match_score: record.match_score,
        created_at: record.created_at,
      });
    });
  }

  find(session: SessionId): TE.TaskEither<PortError, O.Option<FitCheckRecord>> {
    return pipe(
      attempt(PORT, () => this.db(PORT).where({ test_session_id: session }).first()),
      TE.chainEitherK(decodeFitCheck(session)),
    );
  }
}
