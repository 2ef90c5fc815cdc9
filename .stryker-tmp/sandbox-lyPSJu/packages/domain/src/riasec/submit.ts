// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type { CandidateEntry } from '../model/candidate.js';
import type { RiasecCodeId } from '../model/ids.js';
import type { RiasecScores } from '../model/riasec-letter.js';
import { type RiasecAnswer, validateAnswers } from './answers.js';
import { buildCandidatesData, type CandidatesData } from './candidates-data.js';
import { type ClassificationType, deriveCode } from './code.js';
import { displayCount, type CatalogueLookup, expandCandidates } from './expansion.js';
import type { RiasecError } from './riasec-error.js';
import { sumScores, totalScore } from './scores.js';
import { checkScoreValidity, validityWarning } from './validity.js';

export interface RiasecSubmitInput {
  readonly answers: readonly RiasecAnswer[];
  /** The session's stored `riasec_question_sets.question_ids`. */
  readonly questionIds: readonly number[];
  readonly findProfessionsByCode: CatalogueLookup;
  /** `riasec_codes` id by code string; undefined when the seed lacks it. */
  readonly findCodeId: (code: string) => RiasecCodeId | undefined;
  /** ISO timestamp for `candidates_data.metadata.generated_at`. */
  readonly generatedAt: string;
}

export interface RiasecSubmitResult {
  readonly scores: RiasecScores;
  readonly total_score: number;
  readonly classification_type: ClassificationType;
  readonly riasec_code: string;
  readonly riasec_code_id: RiasecCodeId;
  readonly is_inconsistent_profile: boolean;
  readonly candidates: readonly CandidateEntry[];
  readonly candidates_data: CandidatesData;
  readonly total_candidates: number;
  readonly display_candidates_count: number;
  readonly validity_warning: string | null;
}

/**
 * Everything RIASEC submit computes, in upstream §3.2 order (steps 5–8) plus the zero-candidate guard:
 * answers → scores → validity → code → code id → expansion → candidates_data.
 */
export const computeRiasecSubmit = (input: RiasecSubmitInput): E.Either<RiasecError, RiasecSubmitResult> => {
  const checked = validateAnswers(input.answers, input.questionIds);
  if (E.isLeft(checked)) return checked;
  const scores = sumScores(checked.right);
  const validity = checkScoreValidity(scores);
  if (E.isLeft(validity)) return validity;

  const derived = deriveCode(scores);
  const { riasec_code, is_inconsistent_profile } = derived;
  const riasecCodeId = input.findCodeId(riasec_code);
  if (riasecCodeId === undefined) return E.left({ _tag: 'RiasecCodeNotFound', riasec_code });

  const expansion = expandCandidates(derived, input.findProfessionsByCode);
  const data = buildCandidatesData({
    expansion,
    riasec_code,
    riasec_code_id: riasecCodeId,
    scores,
    is_inconsistent_profile,
    generated_at: input.generatedAt,
  });
  if (E.isLeft(data)) return data;

  const { candidates } = expansion;
  return E.right({
    scores,
    total_score: totalScore(scores),
    classification_type: derived.classification_type,
    riasec_code,
    riasec_code_id: riasecCodeId,
    is_inconsistent_profile,
    candidates,
    candidates_data: data.right,
    total_candidates: candidates.length,
    display_candidates_count: displayCount(candidates),
    validity_warning: validityWarning(validity.right, candidates.length),
  });
};
