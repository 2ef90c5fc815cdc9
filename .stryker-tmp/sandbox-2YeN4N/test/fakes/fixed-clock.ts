// @ts-nocheck
import type { Clock } from '@kenali/domain';

/** A clock that only moves when the test moves it. */
export class FixedClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2026-03-01T08:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current = new Date(this.current.getTime() + ms);
    return this.now();
  }

  set(at: Date | string): void {
    this.current = new Date(at);
  }
}
