// @ts-nocheck
import type { RiasecScores } from '../model/riasec-letter.js';

/*
 * Why a RIASEC submit cannot be scored, in the order the checks run (upstream §3.2 steps 5–8,
 * decisions §4). Suggested HTTP status in brackets; the http adapter owns the mapping.
 */

/** [400] The same question id was answered more than once. */
export interface DuplicateQuestionIds {
  readonly _tag: 'DuplicateQuestionIds';
  readonly duplicates: readonly number[];
}

/** [400] The answered ids differ from the session's stored question set. */
export interface QuestionSetMismatch {
  readonly _tag: 'QuestionSetMismatch';
  readonly missing: readonly number[];
  readonly extra: readonly number[];
}

export interface TypeMismatch {
  readonly question_id: number;
  readonly given: string;
  /** null when the id has no type (a stored set outside 1..72). */
  readonly expected: string | null;
}

/** [422] A `question_type` contradicts the type derived from the id (decisions §4 (10–11)). */
export interface QuestionTypeMismatch {
  readonly _tag: 'QuestionTypeMismatch';
  readonly mismatches: readonly TypeMismatch[];
}

/** [422] An answer outside the 1–5 Likert scale. */
export interface AnswerValueOutOfRange {
  readonly _tag: 'AnswerValueOutOfRange';
  readonly answers: readonly { readonly question_id: number; readonly answer_value: number }[];
}

/** [422] The scores cannot describe a profile (upstream §3.4); nothing may be saved. */
export interface InvalidRiasecProfile {
  readonly _tag: 'InvalidRiasecProfile';
  readonly reason: 'uniform_scores' | 'severe_low_interest';
  readonly scores: RiasecScores;
  readonly total: number;
}

/** [404] The derived code is not in `riasec_codes` (seed not loaded). */
export interface RiasecCodeNotFound {
  readonly _tag: 'RiasecCodeNotFound';
  readonly riasec_code: string;
}

/** [503 catalog_incomplete] No profession matched at all (decisions §4 (15)); nothing is stored. */
export interface CatalogIncomplete {
  readonly _tag: 'CatalogIncomplete';
  readonly riasec_code: string;
}

export type RiasecError =
  | DuplicateQuestionIds
  | QuestionSetMismatch
  | QuestionTypeMismatch
  | AnswerValueOutOfRange
  | InvalidRiasecProfile
  | RiasecCodeNotFound
  | CatalogIncomplete;

export const catalogIncomplete = (riasecCode: string): CatalogIncomplete => ({
  _tag: 'CatalogIncomplete',
  riasec_code: riasecCode,
});
