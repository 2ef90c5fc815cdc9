// @ts-nocheck
import { seededRandom } from '@kenali/domain';

/**
 * The one random source of the Object Mothers: seeded, so a failing run reproduces with the same seed
 * (`KENALI_MOTHER_SEED=<seed> npx mocha …`). Values differ between calls, never between runs.
 */
export const MOTHER_SEED = process.env.KENALI_MOTHER_SEED ?? 'kenali-mothers';
const random = seededRandom(MOTHER_SEED);

export const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

export const pick = <T>(items: readonly T[]): T => items[between(0, items.length - 1)];

const hex = (length: number): string => Array.from({ length }, () => between(0, 15).toString(16)).join('');

/** A version-4-shaped UUID. */
export const uuid = (): string =>
  `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;

/** A sha256-shaped request fingerprint. */
export const fingerprint = (): string => hex(64);

/** A short token safe in names, slugs and idempotency keys. */
export const suffix = (): string => hex(10);
