// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { questionType } from './question-bank.js';
import type { RiasecError, TypeMismatch } from './riasec-error.js';

/** One submitted answer; extra fields such as `answered_at` are allowed and ignored here. */
export interface RiasecAnswer {
  readonly question_id: number;
  readonly question_type: string;
  readonly answer_value: number;
}

export const MIN_ANSWER_VALUE = 1;
export const MAX_ANSWER_VALUE = 5;

const ascending = (a: number, b: number): number => a - b;

const isLikert = (value: number): boolean =>
  Number.isInteger(value) && value >= MIN_ANSWER_VALUE && value <= MAX_ANSWER_VALUE;

/**
 * The pure part of upstream §3.2: duplicates first (a set would hide them), then the id set against the
 * stored question set, then the type of each id, then the Likert range. Each check reports every offender.
 */
export const validateAnswers = (
  answers: readonly RiasecAnswer[],
  storedQuestionIds: readonly number[],
): E.Either<RiasecError, readonly RiasecAnswer[]> => {
  const given = new Set<number>();
  const duplicates = new Set<number>();
  for (const answer of answers) {
    if (given.has(answer.question_id)) duplicates.add(answer.question_id);
    else given.add(answer.question_id);
  }
  if (duplicates.size > 0)
    return E.left({ _tag: 'DuplicateQuestionIds', duplicates: [...duplicates].sort(ascending) });

  const stored = new Set(storedQuestionIds);
  const missing = [...stored].filter((id) => !given.has(id)).sort(ascending);
  const extra = [...given].filter((id) => !stored.has(id)).sort(ascending);
  if (missing.length > 0 || extra.length > 0) return E.left({ _tag: 'QuestionSetMismatch', missing, extra });

  const mismatches: TypeMismatch[] = [];
  const outOfRange: { question_id: number; answer_value: number }[] = [];
  for (const { question_id, question_type, answer_value } of answers) {
    const expected = questionType(question_id) ?? null;
    if (expected !== question_type) mismatches.push({ question_id, given: question_type, expected });
    if (!isLikert(answer_value)) outOfRange.push({ question_id, answer_value });
  }
  if (mismatches.length > 0) return E.left({ _tag: 'QuestionTypeMismatch', mismatches });
  if (outOfRange.length > 0) return E.left({ _tag: 'AnswerValueOutOfRange', answers: outOfRange });
  return E.right(answers);
};
