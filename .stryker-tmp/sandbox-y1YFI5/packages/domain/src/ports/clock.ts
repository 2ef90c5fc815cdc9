/** Wall-clock time, injected so rules and scoring stay deterministic under test. */
// @ts-nocheck

export interface Clock {
  now(): Date;
}
