// @ts-nocheck
import type { RescoreError, RescoreOutcome } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';

/** Running counts of a rescore run or a worker; `changed` counts rescored sessions (written or, dry, not). */
export class Tally {
  processed = 0;
  changed = 0;
  unchanged = 0;
  finalized = 0;
  vanished = 0;
  failed = 0;
  private readonly startedAt = Date.now();
  /** Highest RSS seen (bytes), sampled every 100 ms while the run lasts: memory must stay flat at any size. */
  private peakRss = process.memoryUsage().rss;
  private readonly sampler = setInterval(() => this.sampleRss(), 100).unref();

  sampleRss(): number {
    this.peakRss = Math.max(this.peakRss, process.memoryUsage().rss);
    return this.peakRss;
  }

  /** Stops the RSS sampling (the tally keeps its last peak). */
  close(): void {
    clearInterval(this.sampler);
  }

  record(result: E.Either<RescoreError, RescoreOutcome>): void {
    this.processed++;
    if (E.isLeft(result)) {
      this.failed++;
      return;
    }
    switch (result.right._tag) {
      case 'Rescored':
        this.changed++;
        break;
      case 'Unchanged':
        this.unchanged++;
        break;
      case 'Finalized':
        this.finalized++;
        break;
      case 'Vanished':
        this.vanished++;
        break;
      default: {
        const unreachable: never = result.right;
        return unreachable;
      }
    }
  }

  get elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  get perSecond(): number {
    return this.elapsedMs > 0 ? Math.round((this.processed * 1000) / this.elapsedMs) : 0;
  }

  /** The columns of `rescore_runs` (a vanished session needed no change, so it counts as unchanged). */
  counters() {
    return {
      processed: this.processed,
      changed: this.changed,
      unchanged: this.unchanged + this.vanished,
      finalized: this.finalized,
      failed: this.failed,
    };
  }

  snapshot() {
    return {
      ...this.counters(),
      unchanged: this.unchanged,
      vanished: this.vanished,
      peak_rss_mb: Math.round(this.sampleRss() / 1024 / 1024),
    };
  }
}
