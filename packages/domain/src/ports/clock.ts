/** Wall-clock time, injected so rules and scoring stay deterministic under test. */
export interface Clock {
  now(): Date;
}
