// @ts-nocheck
import type { PortError, RiasecOutcome, RiasecRepository, RiasecSubmission, SessionId } from '@kenali/domain';
import { RIASEC_LETTERS } from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, type InMemoryState, violation } from './in-memory-database.js';

const PORT = 'riasec';

/** The FK every session child has (`test_session_id` → sessions, ON DELETE CASCADE). */
export const requireSession = (
  state: InMemoryState,
  port: string,
  table: string,
  session: SessionId,
): void => {
  if (!state.sessions.has(Number(session)))
    throw violation(port, 'unknown', `violates ${table}_test_session_id_fkey`);
};

export class InMemoryRiasecRepository implements RiasecRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  saveQuestionSet(
    session: SessionId,
    questionIds: readonly number[],
    _at: Date,
  ): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'saveQuestionSet', (state) => {
      requireSession(state, PORT, 'riasec_question_sets', session);
      if (state.questionSets.has(Number(session)))
        throw violation(PORT, 'conflict', 'duplicate key violates riasec_question_sets_test_session_id_key');
      state.questionSets.set(Number(session), [...questionIds]);
    });
  }

  findQuestionSet(session: SessionId): TE.TaskEither<PortError, O.Option<readonly number[]>> {
    return this.db.op(PORT, 'findQuestionSet', (state) =>
      O.fromNullable(state.questionSets.get(Number(session))),
    );
  }

  saveSubmission(submission: RiasecSubmission): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'saveSubmission', (state) => {
      requireSession(state, PORT, 'riasec_responses', submission.session);
      if (state.submissions.has(Number(submission.session)))
        throw violation(PORT, 'conflict', 'duplicate key violates riasec_responses_test_session_id_key');
      if (!state.codes.has(Number(submission.riasec_code_id)))
        throw violation(PORT, 'unknown', 'violates riasec_results_riasec_code_id_fkey');
      if (RIASEC_LETTERS.some((letter) => submission.scores[letter] < 12 || submission.scores[letter] > 60))
        throw violation(PORT, 'unknown', 'violates chk_riasec_results_scores');
      const total = submission.candidates_data.candidates.length;
      if (total < 1 || total > 30) throw violation(PORT, 'unknown', 'violates chk_total_candidates_range');
      state.submissions.set(Number(submission.session), submission);
    });
  }

  findOutcome(session: SessionId): TE.TaskEither<PortError, O.Option<RiasecOutcome>> {
    return this.db.op(PORT, 'findOutcome', (state) => {
      const stored = state.submissions.get(Number(session));
      // The adapter joins riasec_codes: the code string comes from the catalogue row.
      const code = stored && state.codes.get(Number(stored.riasec_code_id));
      if (!stored || !code) return O.none;
      return O.some({
        scores: stored.scores,
        riasec_code_id: stored.riasec_code_id,
        riasec_code: code.riasec_code,
        classification_type: stored.classification_type,
        is_inconsistent_profile: stored.is_inconsistent_profile,
        candidates_data: stored.candidates_data,
      });
    });
  }
}
