// The soak's HTTP client: one logical operation = one request retried with the same Idempotency-Key (on the
// other server each time, as a load balancer would) until it is answered or its budget is spent. Counts every
// attempt, and keeps the end time of every failed one: the recovery times are computed from them.
import { randomInt } from 'node:crypto';

/** Longest time one operation keeps retrying: above the idempotency lease and a PostgreSQL restart. */
export const RETRY_BUDGET_MS = 60_000;
/** One attempt is abandoned (and retried) after this; a frozen server answers nothing. */
const ATTEMPT_TIMEOUT_MS = 10_000;
const PROBLEM = 'https://kenali.dev/problems/';

export interface Request {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly user: string;
  /** Serialised once, so every retry sends the same bytes. */
  readonly body?: string;
  readonly key?: string;
}

export interface Answer {
  readonly status: number;
  readonly text: string;
  readonly replayed: boolean;
  /** The problem slug of a problem+json answer (`active-session-exists`, …). */
  readonly problem?: string;
}

export interface Outcome {
  /** The final answer; undefined when every attempt failed until the budget ran out. */
  readonly answer?: Answer;
  readonly ok: boolean;
  readonly firstTry: boolean;
  readonly attempts: number;
}

export class Traffic {
  requests = 0;
  operations = 0;
  firstTryOk = 0;
  eventuallyOk = 0;
  /** Operations whose budget ran out without an answer. */
  gaveUp = 0;
  readonly statuses = new Map<string, number>();
  /** End times (ms since the epoch) of attempts that failed transiently and were retried. */
  readonly failedAt: number[] = [];
  readonly serverErrors: string[] = [];

  count(label: string): void {
    this.statuses.set(label, (this.statuses.get(label) ?? 0) + 1);
  }

  /** The counters as they are now (the load phase, before the checks add their own requests). */
  snapshot(): Traffic {
    const copy = new Traffic();
    copy.requests = this.requests;
    copy.operations = this.operations;
    copy.firstTryOk = this.firstTryOk;
    copy.eventuallyOk = this.eventuallyOk;
    copy.gaveUp = this.gaveUp;
    this.statuses.forEach((count, status) => copy.statuses.set(status, count));
    return copy;
  }

  get count500(): number {
    return this.statuses.get('500') ?? 0;
  }
}

const problemSlug = (text: string): string | undefined => {
  try {
    const type = (JSON.parse(text) as { type?: unknown }).type;
    return typeof type === 'string' && type.startsWith(PROBLEM) ? type.slice(PROBLEM.length) : undefined;
  } catch {
    return undefined;
  }
};

/** Whether an answer is worth a retry of the same request (and key). */
const transient = (answer: Answer): boolean =>
  answer.status >= 500 ||
  answer.status === 408 ||
  answer.status === 429 ||
  (answer.status === 409 && answer.problem === 'idempotency-in-flight');

const attempt = async (base: string, req: Request): Promise<Answer | string> => {
  const headers: Record<string, string> = { 'x-user-id': req.user };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  if (req.key) headers['idempotency-key'] = req.key;
  try {
    const res = await fetch(`${base}${req.path}`, {
      method: req.method,
      headers,
      body: req.body,
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const text = await res.text();
    return {
      status: res.status,
      text,
      replayed: res.headers.get('idempotent-replayed') === 'true',
      problem: problemSlug(text),
    };
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network';
  }
};

const backoffMs = (attempts: number): number => {
  const exponential = Math.min(1_000, 100 * 2 ** (attempts - 1));
  return Math.round(exponential * (0.5 + Math.random()));
};

export class SoakClient {
  constructor(
    private readonly servers: readonly string[],
    readonly traffic: Traffic,
  ) {}

  /** Sends `req` until it gets a non-transient answer or the budget is spent; `ok` means `expect`. */
  async send(req: Request, expect = 200): Promise<Outcome> {
    const t = this.traffic;
    t.operations++;
    const deadline = Date.now() + RETRY_BUDGET_MS;
    const first = randomInt(this.servers.length);
    for (let attempts = 1; ; attempts++) {
      const answer = await attempt(this.servers[(first + attempts) % this.servers.length], req);
      t.requests++;
      t.count(typeof answer === 'string' ? answer : String(answer.status));
      if (typeof answer !== 'string' && answer.status === 500 && t.serverErrors.length < 5) {
        t.serverErrors.push(`${req.method} ${req.path}: ${answer.text.slice(0, 300)}`);
      }
      if (typeof answer !== 'string' && !transient(answer)) {
        const ok = answer.status === expect;
        if (ok && attempts === 1) t.firstTryOk++;
        if (ok) t.eventuallyOk++;
        return { answer, ok, firstTry: attempts === 1, attempts };
      }
      t.failedAt.push(Date.now());
      if (Date.now() > deadline) {
        t.gaveUp++;
        return { ok: false, firstTry: false, attempts };
      }
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempts)));
    }
  }
}
