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
import { firstRow, namedRun, statement } from './named-query.js';
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

// The write routes' statements, run as named statements (ADR 0036).
const SAVE_QUESTION_SET = statement(
  'insert into riasec_question_sets (test_session_id, question_ids, generated_at) values (?, ?, ?)',
);
const FIND_QUESTION_SET = statement(
  'select question_ids from riasec_question_sets where test_session_id = ? limit 1',
);
const SAVE_RESPONSES = statement(
  'insert into riasec_responses (test_session_id, responses_data, created_at) values (?, ?, ?)',
);
const SAVE_RESULT =
  statement(`insert into riasec_results (test_session_id, score_r, score_i, score_a, score_s, score_e,
  score_c, riasec_code_id, riasec_code_type, is_inconsistent_profile, riasec_code, calculated_at)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const SAVE_CANDIDATES = statement(`insert into ikigai_candidate_professions (test_session_id, candidates_data,
  total_candidates, generation_strategy, max_candidates_limit, generated_at) values (?, ?, ?, ?, 30, ?)`);
// The code's own row names the code (the result row's copy is not read).
const FIND_OUTCOME =
  statement(`select r.score_r, r.score_i, r.score_a, r.score_s, r.score_e, r.score_c, r.riasec_code_id,
  r.riasec_code_type, r.is_inconsistent_profile, c.riasec_code, k.candidates_data
  from riasec_results r
  join riasec_codes c on c.id = r.riasec_code_id
  join ikigai_candidate_professions k on k.test_session_id = r.test_session_id
  where r.test_session_id = ? limit 1`);

export class PostgresRiasecRepository implements RiasecRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  saveQuestionSet(
    session: SessionId,
    questionIds: readonly number[],
    at: Date,
  ): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await namedRun(this.db, SAVE_QUESTION_SET, [session, jsonb(questionIds), at]);
    });
  }

  findQuestionSet(session: SessionId): TE.TaskEither<PortError, O.Option<readonly number[]>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, FIND_QUESTION_SET, [session])),
      TE.chainEitherK(decodeOptionalRow(PORT, QuestionSetRow, (r) => r.question_ids)),
    );
  }

  saveSubmission(s: RiasecSubmission): TE.TaskEither<PortError, void> {
    const submittedAt = s.at.toISOString();
    return attempt(PORT, async () => {
      const responses = { responses: s.answers, total_questions: s.answers.length, completed: true };
      await namedRun(this.db, SAVE_RESPONSES, [
        s.session,
        jsonb({ ...responses, submitted_at: submittedAt }),
        s.at,
      ]);
      const { R, I, A, S, E, C } = s.scores;
      await namedRun(this.db, SAVE_RESULT, [
        s.session,
        R,
        I,
        A,
        S,
        E,
        C,
        s.riasec_code_id,
        s.classification_type,
        s.is_inconsistent_profile,
        s.riasec_code,
        s.at,
      ]);
      await namedRun(this.db, SAVE_CANDIDATES, [
        s.session,
        jsonb(s.candidates_data),
        s.candidates_data.candidates.length,
        s.candidates_data.metadata.expansion_strategy,
        s.at,
      ]);
    });
  }

  findOutcome(session: SessionId): TE.TaskEither<PortError, O.Option<RiasecOutcome>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, FIND_OUTCOME, [session])),
      TE.chainEitherK(decodeOutcome),
    );
  }
}
