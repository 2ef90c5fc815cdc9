// @ts-nocheck
import type { CandidateEntry } from '../model/candidate.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import type { Session } from '../model/session.js';
import type { TestGoal } from '../model/test-goal.js';
import type { RiasecCodeRecord } from '../ports/profession-catalogue.js';
import type { RiasecOutcome } from '../ports/riasec-repository.js';
import type { ClassificationType } from '../riasec/code.js';
import { displayCount } from '../riasec/expansion.js';

/** `RIASECSubmitResponse` of upstream §3.8, also rebuilt by GET /riasec/result. */
export interface RiasecResponse {
  readonly session_token: string;
  readonly test_goal: TestGoal;
  readonly status: Session['status'];
  readonly scores: RiasecScores;
  readonly classification_type: ClassificationType;
  readonly is_inconsistent_profile: boolean;
  readonly riasec_code_info: Omit<RiasecCodeRecord, 'id'>;
  readonly candidates: readonly CandidateEntry[];
  readonly total_candidates: number;
  readonly display_candidates_count: number;
  readonly validity_warning: string | null;
  readonly next_step: 'ikigai' | 'fit_check_result';
}

export const riasecResponse = (
  session: Session,
  outcome: RiasecOutcome,
  code: RiasecCodeRecord,
  validityWarning: string | null,
): RiasecResponse => {
  const candidates = outcome.candidates_data.candidates;
  return {
    session_token: session.session_token,
    test_goal: session.test_goal,
    status: session.status,
    scores: outcome.scores,
    classification_type: outcome.classification_type,
    is_inconsistent_profile: outcome.is_inconsistent_profile,
    riasec_code_info: {
      riasec_code: code.riasec_code,
      riasec_title: code.riasec_title,
      riasec_description: code.riasec_description,
      strengths: code.strengths,
      challenges: code.challenges,
      strategies: code.strategies,
      work_environments: code.work_environments,
      interaction_styles: code.interaction_styles,
    },
    candidates,
    total_candidates: candidates.length,
    display_candidates_count: displayCount(candidates),
    validity_warning: validityWarning,
    next_step: session.test_goal === 'FIT_CHECK' ? 'fit_check_result' : 'ikigai',
  };
};
