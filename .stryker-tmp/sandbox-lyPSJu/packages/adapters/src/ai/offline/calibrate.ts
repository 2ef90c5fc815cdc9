// @ts-nocheck
import type { LexicalScore } from './bm25.js';

/** What every profession gets when the answer says nothing we can judge (same value as a missing AI score). */
export const NEUTRAL_SCORE = 0.5;

// The least relevant profession of a batch lands near FLOOR; the best between BEST_MIN and 1 depending on how
// much of the answer it covers. SHAPE > 1 bends mid scores down so only clear matches come out high.
const FLOOR = 0.05;
const BEST_MIN = 0.55;
const FULL_COVERAGE = 0.5;
const SHAPE = 1.3;
/** Negated words alone can only push professions below neutral, never to the floor. */
const MAX_PENALTY = 0.3;

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * Maps BM25F scores of one batch into r_raw ∈ [0, 1]:
 *   s_i = max(0, positive_i + negative_i), rel_i = s_i / max s,
 *   best = BEST_MIN + (1 − BEST_MIN) · min(1, coverage of the top profession / FULL_COVERAGE),
 *   r_i = FLOOR + (best − FLOOR) · rel_i^SHAPE.
 * Relative to the batch (so the spread is real), but capped by an absolute signal (coverage), so an answer that
 * barely touches the best profession does not hand it a 1.0. Works for a batch of one.
 */
export const calibrate = (scores: readonly LexicalScore[]): number[] => {
  const net = scores.map((s) => Math.max(0, s.positive + s.negative));
  const top = Math.max(0, ...net);
  if (top <= 1e-9) {
    // No positive overlap: neutral, lowered for professions the user explicitly turned down.
    const worst = Math.min(0, ...scores.map((s) => s.negative));
    return scores.map((s) =>
      round4(worst < 0 ? NEUTRAL_SCORE - (MAX_PENALTY * s.negative) / worst : NEUTRAL_SCORE),
    );
  }
  const leader = scores[net.indexOf(top)];
  const best = BEST_MIN + (1 - BEST_MIN) * Math.min(1, leader.coverage / FULL_COVERAGE);
  return net.map((s) => round4(FLOOR + (best - FLOOR) * Math.pow(s / top, SHAPE)));
};
