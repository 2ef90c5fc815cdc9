import type { Logger } from 'pino';
import { loadIoredis } from '../runtime/redis-client.js';
import { type DegradeReason, ThrottledWarn } from './throttled-warn.js';

export interface RedisCacheOptions {
  /** Upper bound for one command, whatever the client's own settings (default 250 ms). */
  readonly deadlineMs?: number;
  /**
   * After a connection failure or timeout, skip Redis for this long (default 1000 ms). A hung server
   * would otherwise cost every request a full deadline; a refused connection costs nothing either way.
   */
  readonly cooldownMs?: number;
  /** At most one warn line per reason per interval (default 30 s). */
  readonly logIntervalMs?: number;
  readonly now?: () => number;
}

// ioredis types it as `any`; it is the error class for replies such as WRONGTYPE. Loaded at the first failed
// command, which only a process with Redis has.
let replyError: ErrorConstructor | undefined;
const redisReplyError = (): ErrorConstructor => (replyError ??= loadIoredis().ReplyError as ErrorConstructor);

/**
 * Runs one Redis command so that nothing can escape: every rejection, throw or missed deadline becomes
 * `undefined` plus a throttled warn (decisions §3, ADR 0005). The caches built on it have no error channel.
 */
export class FailSoftRedis {
  private readonly log: ThrottledWarn;
  private readonly deadlineMs: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private skipUntil = 0;

  constructor(keyspace: string, logger: Logger, options: RedisCacheOptions = {}) {
    this.deadlineMs = options.deadlineMs ?? 250;
    this.cooldownMs = options.cooldownMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.log = new ThrottledWarn(
      logger,
      { component: 'redis-cache', keyspace },
      { intervalMs: options.logIntervalMs ?? 30_000, now: this.now },
    );
  }

  async run<A>(op: string, command: () => Promise<A>): Promise<A | undefined> {
    if (this.now() < this.skipUntil) return undefined;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no reply within ${this.deadlineMs} ms`)), this.deadlineMs);
    });
    try {
      return await Promise.race([command(), deadline]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof redisReplyError()) {
        // The server answered (e.g. WRONGTYPE): the data is odd, the connection is fine.
        this.warn('rejected', { op, err: message }, 'redis rejected a cache command; treating it as a miss');
      } else {
        this.skipUntil = this.now() + this.cooldownMs;
        this.warn('unavailable', { op, err: message }, 'redis unavailable; cache miss');
      }
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  warn(reason: DegradeReason, fields: Readonly<Record<string, unknown>>, message: string): void {
    this.log.warn(reason, fields, message);
  }
}
