// @ts-nocheck
import { RIASEC_LETTERS, type RiasecLetter } from '../model/riasec-letter.js';

/** 72 Likert items, 12 per type in blocks: 1–12 R, 13–24 I, 25–36 A, 37–48 S, 49–60 E, 61–72 C (upstream §3.1). */
export const QUESTIONS_PER_TYPE = 12;
export const QUESTION_COUNT = QUESTIONS_PER_TYPE * RIASEC_LETTERS.length;

export const isQuestionId = (id: number): boolean => Number.isInteger(id) && id >= 1 && id <= QUESTION_COUNT;

/** Index 0..5 of the question's type in R,I,A,S,E,C order, or -1 for an id outside the bank. */
export const questionTypeIndex = (id: number): number =>
  isQuestionId(id) ? Math.floor((id - 1) / QUESTIONS_PER_TYPE) : -1;

/** The type is derived from the id; the client's `question_type` is never trusted (decisions §4 (10–11)). */
export const questionType = (id: number): RiasecLetter | undefined => RIASEC_LETTERS[questionTypeIndex(id)];

/** The ids 1..72 in bank order. */
export const allQuestionIds = (): number[] => Array.from({ length: QUESTION_COUNT }, (_, i) => i + 1);

/** The ids of one type, e.g. `questionIdsOfType('I')` → 13..24. */
export const questionIdsOfType = (letter: RiasecLetter): number[] => {
  const first = RIASEC_LETTERS.indexOf(letter) * QUESTIONS_PER_TYPE + 1;
  return Array.from({ length: QUESTIONS_PER_TYPE }, (_, i) => first + i);
};
