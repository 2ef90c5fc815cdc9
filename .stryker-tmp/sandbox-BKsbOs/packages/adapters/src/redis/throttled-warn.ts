// @ts-nocheck
import type { Logger } from 'pino';

/** Why a cache call degraded to a miss or a no-op; each reason is throttled on its own. */
export type DegradeReason = 'unavailable' | 'rejected' | 'corrupt' | 'invalid-ttl' | 'unserialisable';

export interface ThrottledWarnOptions {
  /** At most one line per reason per interval (default 30 s). */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

/**
 * `warn` at most once per reason per interval. A dead Redis fails every request, and one line per request
 * would bury the logs (and cost more than the cache saves). The next line says how many were dropped, so
 * the volume stays visible.
 */
export class ThrottledWarn {
  private readonly last = new Map<DegradeReason, { at: number; suppressed: number }>();
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(
    private readonly logger: Logger,
    private readonly bindings: Readonly<Record<string, unknown>>,
    options: ThrottledWarnOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  warn(reason: DegradeReason, fields: Readonly<Record<string, unknown>>, message: string): void {
    const now = this.now();
    const previous = this.last.get(reason);
    if (previous && now - previous.at < this.intervalMs) {
      previous.suppressed += 1;
      return;
    }
    const suppressed = previous?.suppressed ? { suppressed: previous.suppressed } : {};
    this.logger.warn({ ...this.bindings, reason, ...fields, ...suppressed }, message);
    this.last.set(reason, { at: now, suppressed: 0 });
  }
}
