// @ts-nocheck
import type { RiasecLetter, RiasecScores } from '../model/riasec-letter.js';
import { isInconsistentCode } from './hexagon.js';
import { rankLetters } from './scores.js';

export type ClassificationType = 'single' | 'dual' | 'triple';

/** Thresholds of upstream §3.5. */
export const DOMINANT_MIN_SCORE = 40;
export const MIN_GAP = 9;
export const MIN_RELATIVE_GAP = 0.15;
export const SECOND_MIN_SCORE = 30;

export interface DerivedCode {
  readonly riasec_code: string;
  readonly classification_type: ClassificationType;
  /** All six letters, highest score first, ties in R,I,A,S,E,C order. */
  readonly ranking: readonly RiasecLetter[];
  readonly is_inconsistent_profile: boolean;
}

/** Which class a sorted top three r1 ≥ r2 ≥ r3 falls in. */
export const classify = (r1: number, r2: number, r3: number): ClassificationType => {
  const gap12 = r1 - r2;
  const gap23 = r2 - r3;
  // With r1 ≤ 60 the relative condition follows from gap12 ≥ 9; kept for fidelity to upstream.
  if (r1 >= DOMINANT_MIN_SCORE && gap12 >= MIN_GAP && gap12 / r1 >= MIN_RELATIVE_GAP) return 'single';
  if (r1 >= DOMINANT_MIN_SCORE && gap12 < MIN_GAP && gap23 >= MIN_GAP && r2 >= SECOND_MIN_SCORE)
    return 'dual';
  return 'triple';
};

const CODE_LENGTH: Readonly<Record<ClassificationType, number>> = { single: 1, dual: 2, triple: 3 };

/** Code derivation of upstream §3.5 plus the inconsistency flag of §3.6. */
export const deriveCode = (scores: RiasecScores): DerivedCode => {
  const ranking = rankLetters(scores);
  const [first, second, third] = ranking;
  const classification_type = classify(scores[first], scores[second], scores[third]);
  const letters = ranking.slice(0, CODE_LENGTH[classification_type]);
  return {
    riasec_code: letters.join(''),
    classification_type,
    ranking,
    is_inconsistent_profile: isInconsistentCode(letters),
  };
};
