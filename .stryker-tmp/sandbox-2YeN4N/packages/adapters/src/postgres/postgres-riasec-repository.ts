// @ts-nocheck
import {
  type PortError,
  type RiasecOutcome,
  type RiasecRepository,
  type RiasecSubmission,
  type SessionId,
  RiasecCodeId,
} from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';
import { CandidatesDataCodec, asCandidatesData } from './candidates-data.codec.js';
import { jsonb } from './row-codecs.js';

const PORT = 'riasec';

const QuestionSetRow = t.type({ question_ids: t.readonlyArray(t.number) });
const OutcomeRow = t.type({
  score_r: t.number,
  score_i: t.number,
  score_a: t.number,
  score_s: t.number,
  score_e: t.number,
  score_c: t.number,
  riasec_code_id: t.number,
  riasec_code: t.string,
  riasec_code_type: t.keyof({ single: null, dual: null, triple: null }),
  is_inconsistent_profile: t.boolean,
  candidates_data: CandidatesDataCodec,
});

/** A riasec_results row joined with its code and candidates, as the domain's outcome (or none). */
export const decodeOutcome = decodeOptionalRow(PORT, OutcomeRow, (r): RiasecOutcome => ({
  scores: {
    R: r.score_r,
    I: r.score_i,
    A: r.score_a,
    S: r.score_s,
    E: r.score_e,
    C: r.score_c,
  },
  riasec_code_id: RiasecCodeId(r.riasec_code_id),
  riasec_code: r.riasec_code,
  classification_type: r.riasec_code_type,
  is_inconsistent_profile: r.is_inconsistent_profile,
  candidates_data: asCandidatesData(r.candidates_data),
}));

export class PostgresRiasecRepository implements RiasecRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  saveQuestionSet(
    session: SessionId,
    questionIds: readonly number[],
    at: Date,
  ): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await this.db('riasec_question_sets').insert({
        test_session_id: session,
        question_ids: jsonb(questionIds),
        generated_at: at,
      });
    });
  }

  findQuestionSet(session: SessionId): TE.TaskEither<PortError, O.Option<readonly number[]>> {
    return pipe(
      attempt(PORT, () =>
        this.db('riasec_question_sets').select('question_ids').where({ test_session_id: session }).first(),
      ),
      TE.chainEitherK(decodeOptionalRow(PORT, QuestionSetRow, (r) => r.question_ids)),
    );
  }

  saveSubmission(s: RiasecSubmission): TE.TaskEither<PortError, void> {
    const submittedAt = s.at.toISOString();
    return attempt(PORT, async () => {
      await this.db('riasec_responses').insert({
        test_session_id: s.session,
        responses_data: jsonb({
          responses: s.answers,
          total_questions: s.answers.length,
          completed: true,
          submitted_at: submittedAt,
        }),
        created_at: s.at,
      });
      await this.db('riasec_results').insert({
        test_session_id: s.session,
        score_r: s.scores.R,
        score_i: s.scores.I,
        score_a: s.scores.A,
        score_s: s.scores.S,
        score_e: s.scores.E,
        score_c: s.scores.C,
        riasec_code_id: s.riasec_code_id,
        riasec_code_type: s.classification_type,
        is_inconsistent_profile: s.is_inconsistent_profile,
        riasec_code: s.riasec_code,
        calculated_at: s.at,
      });
      await this.db('ikigai_candidate_professions').insert({
        test_session_id: s.session,
        candidates_data: jsonb(s.candidates_data),
        total_candidates: s.candidates_data.candidates.length,
        generation_strategy: s.candidates_data.metadata.expansion_strategy,
        max_candidates_limit: 30,
        generated_at: s.at,
      });
    });
  }

  findOutcome(session: SessionId): TE.TaskEither<PortError, O.Option<RiasecOutcome>> {
    return pipe(
      attempt(PORT, () =>
        this.db('riasec_results as r')
          .join('riasec_codes as c', 'c.id', 'r.riasec_code_id')
          .join('ikigai_candidate_professions as k', 'k.test_session_id', 'r.test_session_id')
          .select('r.*', 'c.riasec_code', 'k.candidates_data')
          .where('r.test_session_id', session)
          .first(),
      ),
      TE.chainEitherK(decodeOutcome),
    );
  }
}
