// @ts-nocheck
import { isRiasecLetter, type RiasecLetter } from '../model/riasec-letter.js';
import { hexagonDistance } from '../riasec/hexagon.js';

export const MATCH_CATEGORIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type MatchCategory = (typeof MATCH_CATEGORIES)[number];

export const FIT_RULE_TYPES = [
  'exact_match',
  'permutation_match',
  'dominant_same',
  'adjacent_dominant',
  'close_profile',
  'mismatch',
] as const;
export type FitRuleType = (typeof FIT_RULE_TYPES)[number];

/** The columns of `fit_check_results` the classifier decides (upstream §3.9). */
export interface FitCheckClassification {
  readonly match_category: MatchCategory;
  readonly rule_type: FitRuleType;
  readonly dominant_letter_same: boolean;
  readonly is_adjacent_hexagon: boolean;
  readonly match_score: number;
}

/** Letters of a code, or undefined when it is empty or holds a non-RIASEC character. */
export const parseRiasecCode = (code: string): readonly RiasecLetter[] | undefined => {
  const letters = [...code];
  return letters.length > 0 && letters.every(isRiasecLetter) ? letters : undefined;
};

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * 1 − mean positional hexagon distance / 3, over the shorter code, rounded to 2 dp; 0.5 when there is
 * nothing to compare. Informational only: the category never depends on it.
 */
export const fitMatchScore = (user: readonly RiasecLetter[], profession: readonly RiasecLetter[]): number => {
  const n = Math.min(user.length, profession.length);
  if (n === 0) return 0.5;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += hexagonDistance(user[i], profession[i]);
  return round2(1 - sum / n / 3);
};

const sameComposition = (a: readonly RiasecLetter[], b: readonly RiasecLetter[]): boolean =>
  a.length === b.length && [...a].sort().join('') === [...b].sort().join('');

const hasOppositePair = (a: readonly RiasecLetter[], b: readonly RiasecLetter[]): boolean => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (hexagonDistance(a[i], b[i]) >= 3) return true;
  return false;
};

const EMPTY: FitCheckClassification = {
  match_category: 'LOW',
  rule_type: 'mismatch',
  dominant_letter_same: false,
  is_adjacent_hexagon: false,
  match_score: 0,
};

/** The final (MD 4) rule list of upstream §3.9, first match wins; unusable codes count as empty. */
export const classifyFit = (userCode: string, professionCode: string): FitCheckClassification => {
  const user = parseRiasecCode(userCode);
  const profession = parseRiasecCode(professionCode);
  if (user === undefined || profession === undefined) return EMPTY;

  const dominantDistance = hexagonDistance(user[0], profession[0]);
  const dominant_letter_same = dominantDistance === 0;
  const flags = {
    dominant_letter_same,
    is_adjacent_hexagon: dominantDistance <= 1,
    match_score: fitMatchScore(user, profession),
  };
  if (dominant_letter_same && sameComposition(user, profession)) {
    return {
      match_category: 'HIGH',
      rule_type: userCode === professionCode ? 'exact_match' : 'permutation_match',
      ...flags,
    };
  }
  if (dominant_letter_same) return { match_category: 'MEDIUM', rule_type: 'dominant_same', ...flags };
  if (dominantDistance === 1) return { match_category: 'MEDIUM', rule_type: 'adjacent_dominant', ...flags };
  if (!hasOppositePair(user, profession))
    return { match_category: 'MEDIUM', rule_type: 'close_profile', ...flags };
  return { match_category: 'LOW', rule_type: 'mismatch', ...flags };
};
