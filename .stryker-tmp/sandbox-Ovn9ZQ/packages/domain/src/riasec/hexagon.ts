// @ts-nocheck
import { RIASEC_LETTERS, type RiasecLetter } from '../model/riasec-letter.js';

/*
 * Holland's hexagon R–I–A–S–E–C (upstream §3.6, §3.9): distance 0 same letter, 1 adjacent,
 * 2 alternate, 3 opposite (R–S, I–E, A–C).
 */
export type HexagonDistance = 0 | 1 | 2 | 3;

const position = (letter: RiasecLetter): number => RIASEC_LETTERS.indexOf(letter);

const ringDistance = (a: number, b: number): HexagonDistance => {
  const d = Math.abs(a - b);
  return Math.min(d, 6 - d) as HexagonDistance;
};

/** 6×6 distance matrix indexed by position in R,I,A,S,E,C order. */
export const HEXAGON_DISTANCE_MATRIX: readonly (readonly HexagonDistance[])[] = RIASEC_LETTERS.map((_, i) =>
  RIASEC_LETTERS.map((__, j) => ringDistance(i, j)),
);

export const hexagonDistance = (a: RiasecLetter, b: RiasecLetter): HexagonDistance =>
  ringDistance(position(a), position(b));

export const areAdjacent = (a: RiasecLetter, b: RiasecLetter): boolean => hexagonDistance(a, b) === 1;
export const areOpposite = (a: RiasecLetter, b: RiasecLetter): boolean => hexagonDistance(a, b) === 3;

/** Neighbours in the order upstream iterates them for the split path (note R lists I before C). */
export const HEXAGON_NEIGHBOURS: Readonly<Record<RiasecLetter, readonly [RiasecLetter, RiasecLetter]>> = {
  R: ['I', 'C'],
  I: ['R', 'A'],
  A: ['I', 'S'],
  S: ['A', 'E'],
  E: ['S', 'C'],
  C: ['E', 'R'],
};

/** Inconsistent = the first two letters of a dual or triple code are opposite; single codes never are. */
export const isInconsistentCode = (code: readonly RiasecLetter[]): boolean =>
  code.length >= 2 && areOpposite(code[0], code[1]);
