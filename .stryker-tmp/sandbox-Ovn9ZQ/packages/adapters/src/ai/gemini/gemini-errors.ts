// @ts-nocheck
import { ApiError } from '@google/genai';
import type { AiError } from '@kenali/domain';
import { BrokenCircuitError, IsolatedCircuitError, TaskCancelledError } from 'cockatiel';

export type AiCall = AiError['call'];
export type AiFailure = AiError['reason'];

export const aiError = (call: AiCall, reason: AiFailure, message: string): AiError => ({
  _tag: 'AiError',
  call,
  reason,
  message,
});

/** HTTP status of an SDK error; undefined for anything that never got an HTTP answer. */
export const httpStatusOf = (error: unknown): number | undefined => {
  if (error instanceof ApiError) return error.status;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};

// cockatiel 3.2.1's own isTaskCancelledError/isIsolatedCircuitError test the bulkhead flag (a bug),
// so the checks here use the classes and their marker properties directly.
const hasFlag = (error: unknown, flag: string): boolean => error instanceof Error && flag in error;

const isCircuitOpen = (error: unknown): boolean =>
  error instanceof BrokenCircuitError ||
  error instanceof IsolatedCircuitError ||
  hasFlag(error, 'isBrokenCircuitError') ||
  hasFlag(error, 'isIsolatedCircuitError');

const isAbort = (error: unknown): boolean =>
  error instanceof TaskCancelledError ||
  hasFlag(error, 'isTaskCancelledError') ||
  (error instanceof Error && error.name === 'AbortError');

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);

/** undici reports a dropped connection as `TypeError: fetch failed` with the socket error as `cause`. */
export const isNetworkError = (error: unknown): boolean => {
  if (!(error instanceof Error) || isAbort(error) || httpStatusOf(error) !== undefined) return false;
  const cause = error.cause as { code?: unknown } | undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return (
    (error.name === 'TypeError' && /fetch failed/i.test(error.message)) ||
    (code !== undefined && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR')))
  );
};

/** Worth another attempt: the service was busy or unreachable, not our request being wrong. */
export const isRetryable = (error: unknown): boolean => {
  const status = httpStatusOf(error);
  if (status !== undefined) return status === 429 || status >= 500;
  return isNetworkError(error);
};

/** What the circuit breaker counts: failures of the service itself (after retries), timeouts included. */
export const isServiceFailure = (error: unknown): boolean => isRetryable(error) || isAbort(error);

/** The SDK puts the raw error body in the message; the API's own sentence is what is worth logging. */
const readableMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(message) as { error?: { message?: unknown } };
    return typeof parsed.error?.message === 'string' ? parsed.error.message : message;
  } catch {
    return message;
  }
};

/** Maps whatever the policy or SDK threw to the port's error; never rethrows. */
export const toAiError =
  (call: AiCall) =>
  (error: unknown): AiError => {
    const message = readableMessage(error);
    if (isCircuitOpen(error)) {
      return aiError(call, 'circuit_open', 'Gemini circuit is open after repeated failures');
    }
    if (isAbort(error)) return aiError(call, 'timeout', message);
    const status = httpStatusOf(error);
    if (status === 429) return aiError(call, 'rate_limited', message);
    if (status !== undefined) return aiError(call, 'unavailable', `HTTP ${status}: ${message}`);
    return aiError(call, 'unavailable', message);
  };
