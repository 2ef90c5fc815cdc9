/**
 * The fetch under the typed client: every POST carries an `Idempotency-Key` (the caller's, or one made for
 * this call, i.e. for this user action), and a POST that may not have reached a decision is sent again with
 * the same key, so the server runs it at most once (a repeat answers the stored outcome).
 */
export interface RetryPolicy {
  /** Extra attempts after the first; 0 turns retrying off. */
  readonly retries: number;
  /** Waiting time before attempt `n` (1-based) when the server named none; default 300 ms × 2^(n−1). */
  readonly delayMs?: (attempt: number) => number;
  /** Longest wait taken from a `Retry-After` header. */
  readonly maxRetryAfterMs?: number;
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** A fresh key: 32 hex digits from the platform's random UUID (fits `^[A-Za-z0-9_-]{1,255}$`). */
export const newIdempotencyKey = (): string => crypto.randomUUID().replaceAll('-', '');

const TRANSIENT = new Set([502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 409 only while the same key's first request is still running; other 409s are answers, not retried. */
const stillInFlight = async (response: Response): Promise<boolean> => {
  if (response.status !== 409) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { type?: unknown } | undefined;
  return typeof body?.type === 'string' && body.type.endsWith('idempotency-in-flight');
};

const retryAfterMs = (response: Response, cap: number): number | undefined => {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, cap) : undefined;
};

export const retryingFetch =
  (policy: RetryPolicy, base: (request: Request) => Promise<Response> = (r) => fetch(r)) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return base(request);
    if (!request.headers.has(IDEMPOTENCY_HEADER))
      request.headers.set(IDEMPOTENCY_HEADER, newIdempotencyKey());
    const delay = policy.delayMs ?? ((n: number) => 300 * 2 ** (n - 1));
    const cap = policy.maxRetryAfterMs ?? 5_000;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= policy.retries;
      let response: Response;
      try {
        response = await base(request.clone());
      } catch (error) {
        // The request may or may not have arrived: only the same key makes sending it again safe.
        if (last) throw error;
        await sleep(delay(attempt + 1));
        continue;
      }
      if (last || !(TRANSIENT.has(response.status) || (await stillInFlight(response)))) return response;
      await sleep(retryAfterMs(response, cap) ?? delay(attempt + 1));
    }
  };
