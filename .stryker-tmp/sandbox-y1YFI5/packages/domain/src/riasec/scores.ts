// @ts-nocheck
import { RIASEC_LETTERS, type RiasecLetter, type RiasecScores } from '../model/riasec-letter.js';
import { questionTypeIndex } from './question-bank.js';
import type { RiasecAnswer } from './answers.js';

/** Raw sum (not mean) per type, the type taken from the question id (upstream §3.3): 12–60 each. */
export const sumScores = (answers: readonly RiasecAnswer[]): RiasecScores => {
  const sums = [0, 0, 0, 0, 0, 0];
  for (const answer of answers) {
    const index = questionTypeIndex(answer.question_id);
    if (index < 0) throw new Error(`question ${answer.question_id} has no type; validate answers first`);
    sums[index] += answer.answer_value;
  }
  const [R, I, A, S, E, C] = sums;
  return { R, I, A, S, E, C };
};

export const totalScore = (scores: RiasecScores): number =>
  scores.R + scores.I + scores.A + scores.S + scores.E + scores.C;

/**
 * The six letters sorted by score, highest first; equal scores keep R,I,A,S,E,C order (upstream §3.3).
 * Array#sort is stable, so sorting the canonical order is exactly that tie-break.
 */
export const rankLetters = (scores: RiasecScores): readonly RiasecLetter[] =>
  RIASEC_LETTERS.slice().sort((x, y) => scores[y] - scores[x]);
