import type { LexicalScore } from './bm25.js';

/** What every profession gets when the answer says nothing we can judge (same value as a missing AI score). */
export const NEUTRAL_SCORE = 0.5;

/** A profession the answer gives no evidence for. */
export const FLOOR = 0.05;
/**
 * The evidence (net BM25F with the reference statistics) at which a profession reaches the middle of
 * [FLOOR, 1]. Fitted on the tuning half of the evaluation: the right profession's median evidence there is
 * about 17 (→ 0.8), a wrong one's 90th percentile about 4 (→ 0.2).
 */
const HALF_EVIDENCE = 9;
/** Negated words alone can only push professions below neutral, never to the floor. */
const MAX_PENALTY = 0.3;

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * Maps each profession's lexical evidence to r_raw ∈ [0, 1] on an absolute scale (ADR 0023):
 *   s = positive + negative,  r = FLOOR + (1 − FLOOR) · s² / (s² + HALF_EVIDENCE²)  for s ≥ 0,
 *   r = FLOOR · e^(s / HALF_EVIDENCE)  for s < 0 (a refused profession sinks below the floor).
 * The evidence of one profession does not depend on the other candidates of the call (IDF and field lengths
 * come from the reference corpus), so an answer with no evidence for any candidate gives them all the floor,
 * not 0.8 to the least bad one, and scores from different batches compare.
 * `hasLikes` is false when the answer only refuses things ("tidak suka pajak"): nothing is known about what
 * the person wants, so everyone starts neutral and only refused professions go down.
 */
export const calibrate = (scores: readonly LexicalScore[], hasLikes: boolean): number[] => {
  if (!hasLikes) {
    const worst = Math.min(0, ...scores.map((s) => s.negative));
    return scores.map((s) =>
      round4(worst < 0 ? NEUTRAL_SCORE - (MAX_PENALTY * s.negative) / worst : NEUTRAL_SCORE),
    );
  }
  return scores.map((s) => {
    const net = s.positive + s.negative;
    if (net < 0) return round4(FLOOR * Math.exp(net / HALF_EVIDENCE));
    return round4(FLOOR + ((1 - FLOOR) * net * net) / (net * net + HALF_EVIDENCE * HALF_EVIDENCE));
  });
};
