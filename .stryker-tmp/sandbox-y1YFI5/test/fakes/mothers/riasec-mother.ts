// @ts-nocheck
import type {
  CandidateEntry,
  ProfessionId,
  RiasecCodeRecord,
  RiasecOutcome,
  RiasecScores,
  RiasecSubmission,
  SessionId,
} from '@kenali/domain';
import { MAX_DISPLAY_ORDER, buildCandidatesData } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { I_SINGLE, answersFor } from '../../support/riasec-answers.js';

const CLASSIFICATION = { 1: 'single', 2: 'dual', 3: 'triple' } as const;

/** Stored RIASEC outcomes: every candidate an exact match of `code`, in the order given. */
export const RiasecMother = {
  outcome(
    code: RiasecCodeRecord,
    professions: readonly ProfessionId[],
    at: Date,
    scores: RiasecScores = I_SINGLE,
  ): RiasecOutcome {
    const candidates: CandidateEntry[] = professions.map((id, index) => ({
      profession_id: id,
      riasec_code_id: code.id,
      expansion_tier: 1,
      congruence_type: 'exact_match',
      congruence_score: 1,
      display_order: index + 1,
      is_display_candidate: index + 1 <= MAX_DISPLAY_ORDER,
    }));
    const data = buildCandidatesData({
      expansion: { strategy: '4_tier_expansion', candidates },
      riasec_code: code.riasec_code,
      riasec_code_id: code.id,
      scores,
      is_inconsistent_profile: false,
      generated_at: at.toISOString(),
    });
    if (E.isLeft(data)) throw new Error(`RiasecMother: ${data.left._tag} (no professions given)`);
    return {
      scores,
      riasec_code_id: code.id,
      riasec_code: code.riasec_code,
      classification_type: CLASSIFICATION[code.riasec_code.length as 1 | 2 | 3],
      is_inconsistent_profile: false,
      candidates_data: data.right,
    };
  },

  submission(session: SessionId, outcome: RiasecOutcome, at: Date): RiasecSubmission {
    return { ...outcome, session, answers: answersFor(outcome.scores), at };
  },
};
