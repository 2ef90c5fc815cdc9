// @ts-nocheck
import type { Clock } from '@kenali/domain';

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
