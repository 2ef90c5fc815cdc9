// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type { SelectionType } from '../model/dimension.js';

export const MIN_REASONING_CHARS = 10;
export const MAX_REASONING_CHARS = 2000;

export interface AnswerViolation {
  /** Set when several dimensions are checked at once. */
  readonly dimension?: string;
  readonly field: 'selected_profession_id' | 'selection_type' | 'reasoning_text';
  readonly message: string;
}

export interface InvalidDimensionAnswer {
  readonly _tag: 'InvalidDimensionAnswer';
  readonly violations: readonly AnswerViolation[];
}

export interface CheckedAnswer {
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  /** Stripped, as it is stored and scored. */
  readonly reasoning_text: string;
}

/**
 * Consistency of one Ikigai answer (upstream §4.7, decisions §4 (24–26)): an id goes with `selected`,
 * no id with `not_selected`; the stripped text is 10–2000 characters. All violations are reported together.
 */
export const checkDimensionAnswer = (
  answer: CheckedAnswer,
): E.Either<InvalidDimensionAnswer, CheckedAnswer> => {
  const violations: AnswerViolation[] = [];
  const text = answer.reasoning_text.trim();
  if (answer.selected_profession_id !== null && answer.selection_type !== 'selected') {
    violations.push({
      field: 'selection_type',
      message: "selection_type harus 'selected' bila selected_profession_id diisi",
    });
  }
  if (answer.selected_profession_id === null && answer.selection_type !== 'not_selected') {
    violations.push({
      field: 'selected_profession_id',
      message: "selected_profession_id wajib diisi bila selection_type 'selected'",
    });
  }
  if (text.length < MIN_REASONING_CHARS || text.length > MAX_REASONING_CHARS) {
    violations.push({
      field: 'reasoning_text',
      message: `reasoning_text harus ${MIN_REASONING_CHARS}–${MAX_REASONING_CHARS} karakter setelah spasi di tepi dibuang`,
    });
  }
  return violations.length > 0
    ? E.left({ _tag: 'InvalidDimensionAnswer', violations })
    : E.right({ ...answer, reasoning_text: text });
};
