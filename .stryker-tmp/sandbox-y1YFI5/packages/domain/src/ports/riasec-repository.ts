// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { RiasecCodeId, SessionId } from '../model/ids.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import type { CandidatesData } from '../riasec/candidates-data.js';
import type { ClassificationType } from '../riasec/code.js';

export interface StoredAnswer {
  readonly question_id: number;
  readonly question_type: string;
  readonly answer_value: number;
  readonly answered_at: string;
}

/** The RIASEC outcome kept in `riasec_results` plus the candidate list of the session. */
export interface RiasecOutcome {
  readonly scores: RiasecScores;
  readonly riasec_code_id: RiasecCodeId;
  readonly riasec_code: string;
  readonly classification_type: ClassificationType;
  readonly is_inconsistent_profile: boolean;
  readonly candidates_data: CandidatesData;
}

/** Everything a RIASEC submit writes (one row per table, insert once). */
export interface RiasecSubmission extends RiasecOutcome {
  readonly session: SessionId;
  readonly answers: readonly StoredAnswer[];
  readonly at: Date;
}

export interface RiasecRepository {
  saveQuestionSet(
    session: SessionId,
    questionIds: readonly number[],
    at: Date,
  ): TE.TaskEither<PortError, void>;
  findQuestionSet(session: SessionId): TE.TaskEither<PortError, O.Option<readonly number[]>>;
  saveSubmission(submission: RiasecSubmission): TE.TaskEither<PortError, void>;
  findOutcome(session: SessionId): TE.TaskEither<PortError, O.Option<RiasecOutcome>>;
}
