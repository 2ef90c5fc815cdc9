// @ts-nocheck
import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  type IPolicy,
  TimeoutStrategy,
  circuitBreaker,
  halfJitterGenerator,
  handleWhen,
  retry,
  timeout,
  wrap,
} from 'cockatiel';
import type { Logger } from 'pino';
import { httpStatusOf, isRetryable, isServiceFailure } from './gemini-errors.js';

/** Knobs of the resilience policy; tests shrink the delays so they run in milliseconds. */
export interface ResilienceOptions {
  /** Retries after the first attempt (429, 5xx and network errors only). */
  readonly maxRetries?: number;
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Consecutive failed calls (after their retries) that open the circuit. */
  readonly breakerThreshold?: number;
  readonly breakerHalfOpenMs?: number;
}

export const DEFAULT_RESILIENCE: Required<ResilienceOptions> = {
  maxRetries: 2,
  initialBackoffMs: 200,
  maxBackoffMs: 2_000,
  breakerThreshold: 5,
  breakerHalfOpenMs: 30_000,
};

/**
 * breaker( retry( timeout( call ) ) ): the timeout bounds each attempt; a timed-out attempt is not
 * retried (the user is waiting, and a slow model rarely gets faster on the next try); the breaker
 * sees one outcome per logical call, so a single flaky call cannot open it.
 */
export const buildPolicy = (timeoutMs: number, options: ResilienceOptions = {}, logger?: Logger): IPolicy => {
  const o = { ...DEFAULT_RESILIENCE, ...options };
  const retryPolicy = retry(handleWhen(isRetryable), {
    maxAttempts: o.maxRetries,
    // Half jitter keeps the first delay near the configured start (100–200 ms for 200) while
    // still spreading the four parallel relevance calls apart.
    backoff: new ExponentialBackoff({
      generator: halfJitterGenerator,
      initialDelay: o.initialBackoffMs,
      maxDelay: o.maxBackoffMs,
    }),
  });
  retryPolicy.onRetry((event) => {
    const status = 'error' in event ? httpStatusOf(event.error) : undefined;
    logger?.debug({ status, delayMs: Math.round(event.delay), attempt: event.attempt }, 'gemini retry');
  });
  const breaker = circuitBreaker(handleWhen(isServiceFailure), {
    halfOpenAfter: o.breakerHalfOpenMs,
    breaker: new ConsecutiveBreaker(o.breakerThreshold),
  });
  breaker.onBreak(() => logger?.warn('gemini circuit opened'));
  breaker.onReset(() => logger?.info('gemini circuit closed'));
  return wrap(breaker, retryPolicy, timeout(timeoutMs, TimeoutStrategy.Aggressive));
};
