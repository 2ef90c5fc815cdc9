// @ts-nocheck
import { allQuestionIds } from './question-bank.js';

/*
 * Deterministic question order seeded by the session token (upstream §3.1, decisions §4 (10–11)).
 * Upstream used CPython's `random.seed(token)`; we do not reproduce that permutation because the stored
 * `riasec_question_sets.question_ids` array is the source of truth. The algorithm below must stay stable
 * anyway, so a re-generated order for an old token matches what was stored.
 */

/** cyrb128: a fast 128-bit string hash, used only to seed the PRNG (not for security). */
const cyrb128 = (text: string): [number, number, number, number] => {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
};

/** sfc32: small chaotic PRNG with 128 bits of state; returns floats in [0, 1). */
const sfc32 = (seed: readonly [number, number, number, number]): (() => number) => {
  let [a, b, c, d] = seed;
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
};

/** Discarded outputs so that similar seeds have diverged before the first draw. */
const WARM_UP_DRAWS = 15;

/** A PRNG in [0, 1) fully determined by `seed`. */
export const seededRandom = (seed: string): (() => number) => {
  const next = sfc32(cyrb128(seed));
  for (let i = 0; i < WARM_UP_DRAWS; i++) next();
  return next;
};

/** Fisher–Yates on a copy of `items` driven by `random`. */
export const shuffleWith = <T>(items: readonly T[], random: () => number): T[] => {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = out[i];
    out[i] = out[j];
    out[j] = held;
  }
  return out;
};

/** The 72 question ids in the order shown for this session: same token, same order. */
export const shuffledQuestionIds = (sessionToken: string): number[] =>
  shuffleWith(allQuestionIds(), seededRandom(sessionToken));
