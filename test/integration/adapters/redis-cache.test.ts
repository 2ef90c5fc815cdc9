import type { ContentCache, PersonalityCache } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import type { Redis } from 'ioredis';
import Koa from 'koa';
import { type Logger, pino } from 'pino';
import supertest from 'supertest';
import {
  MemoryContentCache,
  MemoryPersonalityCache,
  RedisContentCache,
  RedisPersonalityCache,
} from '../../../packages/adapters/src/redis/index.js';
import { createRedis } from '../../../packages/adapters/src/runtime/redis-client.js';
import { rateLimit } from '../../../packages/http/src/middleware/rate-limit.js';
import { type RedisServer, redisServerUnavailable, startRedisServer } from '../../support/redis-server.js';

const CONTENT_TTL = 7200;
const PERSONALITY_TTL = 604_800;
const content = (professionId: number) => ({
  generated_at: '2026-01-02T03:04:05.000Z',
  candidates: [
    {
      profession_id: professionId,
      profession_name: 'Analis Data',
      display_order: 1,
      congruence_score: 0.95,
      dimension_content: { what_you_love: 'Menggali pola dari data.' },
    },
  ],
});
const ABOUT = 'Kamu suka memecahkan masalah. Kamu teliti. Kamu senang bekerja dengan ide.';

/** Warn lines as parsed JSON, so tests can count what a dead Redis costs the logs. */
const capturingLogger = (): { logger: Logger; lines: Record<string, unknown>[] } => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
};
const warnings = (lines: Record<string, unknown>[], reason?: string) =>
  lines.filter((l) => l.level === 40 && l.component === 'redis-cache' && (!reason || l.reason === reason));

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const ready = async (redis: Redis, timeoutMs = 5_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (redis.status !== 'ready') {
    if (Date.now() > until) throw new Error(`redis client still ${redis.status} after ${timeoutMs} ms`);
    await sleep(20);
  }
};
const timed = async <A>(run: () => PromiseLike<A>): Promise<[A, number]> => {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
};

interface Subject {
  readonly content: ContentCache;
  readonly personality: PersonalityCache;
  /** Lets time pass: a fake clock for memory, a real wait for Redis. */
  elapse(ms: number): Promise<void>;
  /** Names a token or code so that runs sharing one Redis never meet. */
  key?: (name: string) => string;
}

/** One behaviour contract for both implementations, so the memory twin cannot drift from Redis. */
const cacheContract = (label: string, setup: () => Promise<Subject>) =>
  describe(label, () => {
    let s: Subject;
    let k: (name: string) => string;
    beforeEach(async () => {
      s = await setup();
      k = s.key ?? ((name) => name);
    });

    it('returns the content that was set, and a miss for a session never cached', async () => {
      await s.content.set(k('tok-a'), content(7), CONTENT_TTL)();
      expect(await s.content.get(k('tok-a'))()).to.deep.equal(O.some(content(7)));
      expect(await s.content.get(k('tok-b'))()).to.deep.equal(O.none);
    });

    it('returns the personality text that was set, and a miss for another code', async () => {
      await s.personality.set(k('RIA'), ABOUT, PERSONALITY_TTL)();
      expect(await s.personality.get(k('RIA'))()).to.deep.equal(O.some(ABOUT));
      expect(await s.personality.get(k('RIS'))()).to.deep.equal(O.none);
    });

    it('lets the last write win', async () => {
      await s.content.set(k('tok-a'), content(1), CONTENT_TTL)();
      await s.content.set(k('tok-a'), content(2), CONTENT_TTL)();
      await s.personality.set(k('SEC'), 'Pertama.', PERSONALITY_TTL)();
      await s.personality.set(k('SEC'), 'Kedua.', PERSONALITY_TTL)();
      expect(await s.content.get(k('tok-a'))()).to.deep.equal(O.some(content(2)));
      expect(await s.personality.get(k('SEC'))()).to.deep.equal(O.some('Kedua.'));
    });

    it('forgets entries once their TTL has passed', async () => {
      await s.content.set(k('tok-a'), content(3), 1)();
      await s.personality.set(k('ASE'), ABOUT, 1)();
      expect(O.isSome(await s.content.get(k('tok-a'))())).to.equal(true);
      await s.elapse(1_100);
      expect(await s.content.get(k('tok-a'))()).to.deep.equal(O.none);
      expect(await s.personality.get(k('ASE'))()).to.deep.equal(O.none);
    });

    it('never hands back a payload that breaks the schema, nor stores with a TTL Redis would refuse', async () => {
      await s.content.set(k('bad-shape'), { generated_at: 'not a date', candidates: 'none' }, CONTENT_TTL)();
      await s.content.set(k('no-ttl'), content(4), 0)();
      await s.personality.set(k('CRE'), '   ', PERSONALITY_TTL)();
      await s.personality.set(k('CER'), ABOUT, Number.NaN)();
      expect(await s.content.get(k('bad-shape'))()).to.deep.equal(O.none);
      expect(await s.content.get(k('no-ttl'))()).to.deep.equal(O.none);
      expect(await s.personality.get(k('CRE'))()).to.deep.equal(O.none);
      expect(await s.personality.get(k('CER'))()).to.deep.equal(O.none);
    });

    it('returns a copy: mutating what was read does not change the cache', async () => {
      await s.content.set(k('tok-a'), content(5), CONTENT_TTL)();
      const first = await s.content.get(k('tok-a'))();
      if (O.isSome(first)) (first.value as { candidates: unknown[] }).candidates.length = 0;
      expect(await s.content.get(k('tok-a'))()).to.deep.equal(O.some(content(5)));
    });
  });

describe('cache adapters (fail-soft Redis and in-memory twins)', () => {
  describe('in memory', () => {
    let clock = 0;
    const now = () => clock;
    cacheContract('MemoryContentCache + MemoryPersonalityCache: cache contract', () => {
      clock = 1_000_000;
      return Promise.resolve({
        content: new MemoryContentCache({ now }),
        personality: new MemoryPersonalityCache({ now }),
        elapse: (ms) => Promise.resolve(void (clock += ms)),
      });
    });

    it('expires exactly at the TTL on the injected clock', async () => {
      clock = 0;
      const cache = new MemoryPersonalityCache({ now });
      await cache.set('RIA', ABOUT, 2)();
      clock = 1_999;
      expect(await cache.get('RIA')()).to.deep.equal(O.some(ABOUT));
      clock = 2_000;
      expect(await cache.get('RIA')()).to.deep.equal(O.none);
    });

    it('stays within maxEntries, evicting the least recently used first', async () => {
      clock = 0;
      const cache = new MemoryContentCache({ now, maxEntries: 3 });
      for (const token of ['a', 'b', 'c']) await cache.set(token, content(1), CONTENT_TTL)();
      await cache.get('a')(); // now b is the least recently used
      for (const token of ['d', 'e']) await cache.set(token, content(2), CONTENT_TTL)();
      expect(cache.size).to.equal(3);
      const present = [];
      for (const token of ['a', 'b', 'c', 'd', 'e'])
        if (O.isSome(await cache.get(token)())) present.push(token);
      expect(present).to.deep.equal(['a', 'd', 'e']);
    });

    it('drops expired entries before evicting live ones, and never grows past the bound', async () => {
      clock = 0;
      const cache = new MemoryPersonalityCache({ now, maxEntries: 2 });
      await cache.set('old', ABOUT, 1)();
      await cache.set('live', ABOUT, 60)();
      clock = 5_000;
      await cache.set('new', ABOUT, 60)();
      expect(await cache.get('live')()).to.deep.equal(O.some(ABOUT));
      for (let i = 0; i < 1_000; i += 1) await cache.set(`code-${i}`, ABOUT, 60)();
      expect(cache.size).to.equal(2);
    });
  });

  /**
   * Behaviour that only needs a Redis: on REDIS_URL when it is set (as `.ci/run` exports), otherwise on a private
   * server. A shared Redis is never flushed: every key these tests write carries this run's id, and is deleted after.
   */
  describe('on a Redis (REDIS_URL when set)', function () {
    const run = `t${process.pid}-${Date.now().toString(36)}`;
    let test = 0; // each test gets its own keys, as a flush gave it before
    const id = (name: string) => `${name}-${run}-${test}`;
    let url: string;
    let server: RedisServer | undefined;
    const clients: Redis[] = [];
    const client = async (logger: Logger = pino({ level: 'silent' })): Promise<Redis> => {
      const redis = createRedis(url, logger);
      clients.push(redis);
      await ready(redis);
      return redis;
    };

    before(async function () {
      if (process.env.REDIS_URL) {
        url = process.env.REDIS_URL;
        return;
      }
      const reason = redisServerUnavailable();
      if (reason) {
        console.warn(`      skipped: ${reason} (or set REDIS_URL)`);
        this.skip();
      }
      server = await startRedisServer();
      url = server.url;
    });
    beforeEach(() => {
      test += 1;
    });
    afterEach(() => {
      clients.splice(0).forEach((redis) => redis.disconnect());
    });
    after(async () => {
      if (url) {
        const admin = await client();
        const keys = await admin.keys(`*${run}*`);
        if (keys.length > 0) await admin.del(...keys);
        admin.disconnect();
      }
      await server?.dispose();
    });

    cacheContract('RedisContentCache + RedisPersonalityCache: cache contract', async () => {
      const redis = await client();
      const logger = pino({ level: 'silent' });
      return {
        content: new RedisContentCache(redis, logger),
        personality: new RedisPersonalityCache(redis, logger),
        elapse: sleep,
        key: id,
      };
    });
    it('uses the upstream keys, payloads and TTLs, and reads entries written by another service', async () => {
      const redis = await client();
      const logger = pino({ level: 'silent' });
      await new RedisContentCache(redis, logger).set(id('tok-x'), content(9), CONTENT_TTL)();
      await new RedisPersonalityCache(redis, logger).set(id('RIA'), ABOUT, PERSONALITY_TTL)();
      expect(JSON.parse((await redis.get(`ikigai:content:${id('tok-x')}`))!)).to.deep.equal(content(9));
      expect(await redis.pttl(`ikigai:content:${id('tok-x')}`)).to.be.within(7_199_000, 7_200_000);
      expect(await redis.get(`personality_about:${id('RIA')}`)).to.equal(ABOUT);
      expect(await redis.ttl(`personality_about:${id('RIA')}`)).to.be.within(604_799, 604_800);

      await redis.set(`ikigai:content:${id('upstream')}`, JSON.stringify(content(11)), 'EX', 60);
      expect(await new RedisContentCache(redis, logger).get(id('upstream'))()).to.deep.equal(
        O.some(content(11)),
      );
    });

    it('treats corrupt values as logged misses: non-JSON, wrong shape, blank text, wrong Redis type', async () => {
      const { logger, lines } = capturingLogger();
      const redis = await client(logger);
      const contentCache = new RedisContentCache(redis, logger);
      const personalityCache = new RedisPersonalityCache(redis, logger, { logIntervalMs: 0 });
      await redis.set(`ikigai:content:${id('garbage')}`, '{"generated_at": "2026-01-0');
      await redis.set(
        `ikigai:content:${id('shape')}`,
        JSON.stringify({ generated_at: '2026-01-02', candidates: [{}] }),
      );
      await redis.set(`personality_about:${id('RIA')}`, ' \n ');
      await redis.lpush(`personality_about:${id('SEC')}`, 'a list, not a string');

      expect(await contentCache.get(id('garbage'))()).to.deep.equal(O.none);
      expect(await contentCache.get(id('shape'))()).to.deep.equal(O.none);
      expect(await personalityCache.get(id('RIA'))()).to.deep.equal(O.none);
      expect(await personalityCache.get(id('SEC'))()).to.deep.equal(O.none);
      // The first corrupt content is logged, the second falls in the same 30 s window.
      expect(warnings(lines, 'corrupt').map((l) => [l.keyspace, l.why])).to.deep.equal([
        ['ikigai:content', 'not JSON'],
        ['personality_about', '<root>: NonBlank'],
      ]);
      expect(warnings(lines, 'rejected')[0]?.err).to.match(/WRONGTYPE/);
      expect(JSON.stringify(lines)).not.to.contain('2026-01-0'); // values are never logged
      expect(await personalityCache.get(id('RIA'))()).to.deep.equal(O.none); // and the connection is fine
      expect(warnings(lines, 'unavailable')).to.have.length(0);
    });

    describe('rateLimit middleware (koa-ratelimit on this Redis)', () => {
      const limitedApp = (redis: Redis | undefined, name: string) => {
        const app = new Koa();
        app.use(rateLimit({ enabled: true, multiplier: 1, redis }, { name, max: 3, per: 'minute' }));
        app.use((ctx) => {
          ctx.body = { ok: true };
        });
        return supertest(app.callback());
      };

      it('shares one counter in Redis between two app instances', async () => {
        const [first, second] = [
          limitedApp(await client(), id('shared')),
          limitedApp(await client(), id('shared')),
        ];
        const statuses = [];
        for (const app of [first, second, first, second, first]) statuses.push((await app.get('/')).status);
        expect(statuses).to.deep.equal([200, 200, 200, 429, 429]);
        const admin = await client();
        expect(await admin.keys(`limit:kenali:${id('shared')}:*`)).to.have.length(1);
      });
    });
  });

  /** Outages need a server of our own to kill, freeze and restart, so these never use REDIS_URL. */
  describe('on a private redis-server (killed, frozen, restarted)', function () {
    let server: RedisServer;
    const clients: Redis[] = [];
    const client = async (logger: Logger = pino({ level: 'silent' })): Promise<Redis> => {
      const redis = createRedis(server.url, logger);
      clients.push(redis);
      await ready(redis);
      return redis;
    };

    before(async function () {
      const reason = redisServerUnavailable();
      if (reason) {
        console.warn(`      skipped: ${reason}`);
        this.skip();
      }
      server = await startRedisServer();
    });
    beforeEach(async () => {
      if (!server.running) await server.restart();
      const admin = await client();
      await admin.flushall();
    });
    afterEach(() => {
      clients.splice(0).forEach((redis) => redis.disconnect());
    });
    after(async () => {
      await server?.dispose();
    });

    describe('when Redis dies mid-run', () => {
      it('misses, skips writes, logs once per cache and raises no unhandled error while down; recovers after restart', async () => {
        const { logger, lines } = capturingLogger();
        const redis = await client(logger);
        // No cooldown: every call below really goes through ioredis and fails there.
        const contentCache = new RedisContentCache(redis, logger, { cooldownMs: 0 });
        const personalityCache = new RedisPersonalityCache(redis, logger, { cooldownMs: 0 });
        await contentCache.set('tok', content(1), CONTENT_TTL)();
        expect(await contentCache.get('tok')()).to.deep.equal(O.some(content(1)));

        const unhandled: unknown[] = [];
        const onUnhandled = (reason: unknown) => unhandled.push(reason);
        const consoleError = console.error;
        const printed: string[] = [];
        process.on('unhandledRejection', onUnhandled);
        console.error = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
        const latencies: number[] = [];
        try {
          await server.stop(); // SIGKILL, as in a crash
          // ~1.5 s of traffic, spanning several ioredis reconnect attempts.
          for (let i = 0; i < 30; i += 1) {
            const [hit, getMs] = await timed(() => contentCache.get('tok')());
            const [, setMs] = await timed(() => contentCache.set('tok', content(2), CONTENT_TTL)());
            const [about, aboutMs] = await timed(() => personalityCache.get('RIA')());
            const [, aboutSetMs] = await timed(() => personalityCache.set('RIA', ABOUT, PERSONALITY_TTL)());
            expect([hit, about]).to.deep.equal([O.none, O.none]);
            latencies.push(getMs, setMs, aboutMs, aboutSetMs);
            await sleep(50);
          }
        } finally {
          process.off('unhandledRejection', onUnhandled);
          console.error = consoleError;
        }
        const sorted = [...latencies].sort((a, b) => a - b);
        console.log(
          `      Redis down: ${latencies.length} calls, median ${sorted[sorted.length >> 1].toFixed(2)} ms, ` +
            `slowest ${sorted.at(-1)!.toFixed(2)} ms`,
        );
        // Fast because nothing waits for Redis: no offline queue and no per-request retry. The latencies above
        // are printed, not judged; a limit on them would be a benchmark's, not this test's.
        expect([redis.options.enableOfflineQueue, redis.options.maxRetriesPerRequest]).to.deep.equal([
          false,
          0,
        ]);
        expect(unhandled).to.deep.equal([]);
        expect(printed.filter((line) => line.includes('ioredis'))).to.deep.equal([]);
        expect(warnings(lines, 'unavailable').map((l) => l.keyspace)).to.deep.equal([
          'ikigai:content',
          'personality_about',
        ]);

        await server.restart();
        await ready(redis);
        await contentCache.set('tok', content(3), CONTENT_TTL)();
        await personalityCache.set('RIA', ABOUT, PERSONALITY_TTL)();
        expect(await contentCache.get('tok')()).to.deep.equal(O.some(content(3)));
        expect(await personalityCache.get('RIA')()).to.deep.equal(O.some(ABOUT));
      });

      it('rejects a command in flight at the moment of the crash at once, not after a retry delay', async () => {
        const redis = await client();
        const contentCache = new RedisContentCache(redis, pino({ level: 'silent' }));
        await contentCache.set('tok', content(1), CONTENT_TTL)();
        const crash = server.stop();
        const [hit, ms] = await timed(() => contentCache.get('tok')());
        await crash;
        // With maxRetriesPerRequest 1 this waited for the first reconnect attempt, then was rejected; with 0
        // it is rejected when the connection closes (the time is printed, not judged).
        console.log(`      in-flight command at the crash answered in ${ms.toFixed(1)} ms`);
        expect(hit).to.deep.equal(O.none);
        expect(redis.options.maxRetriesPerRequest).to.equal(0);
      });

      it('costs one deadline, not one per call, while Redis hangs (SIGSTOP), and recovers when it resumes', async () => {
        const { logger, lines } = capturingLogger();
        const redis = await client(logger);
        const contentCache = new RedisContentCache(redis, logger, { deadlineMs: 250, cooldownMs: 1_000 });
        await contentCache.set('tok', content(1), CONTENT_TTL)();
        server.freeze();
        try {
          // A frozen Redis never answers, so the first call returning at all is its deadline firing; it leaves
          // its GET unanswered on the connection. The 20 calls after it, inside the cooldown, must not send
          // anything (one deadline, not one per call): the queue of commands awaiting a reply stays at one.
          const pending = () =>
            (redis as unknown as { commandQueue: { length: number } }).commandQueue.length;
          const [first] = await timed(() => contentCache.get('tok')());
          expect(first).to.deep.equal(O.none);
          const afterFirst = pending();
          expect(afterFirst).to.be.at.least(1);
          for (let i = 0; i < 20; i += 1) {
            const [hit] = await timed(() => contentCache.get('tok')());
            expect(hit).to.deep.equal(O.none);
          }
          expect(pending()).to.equal(afterFirst);
        } finally {
          server.thaw();
        }
        expect(warnings(lines, 'unavailable')[0]?.err).to.match(/timed out|no reply within/);
        await sleep(1_050);
        expect(await contentCache.get('tok')()).to.deep.equal(O.some(content(1)));
      });

      it('does not replay a write that timed out on a hung Redis once a fresh one is up', async () => {
        const redis = await client();
        const contentCache = new RedisContentCache(redis, pino({ level: 'silent' }));
        server.freeze();
        // Returning at all while Redis is frozen is the deadline at work.
        await contentCache.set('late', content(1), CONTENT_TTL)();
        await server.restart();
        await ready(redis);
        await sleep(100); // a replayed SET would be sent right after 'ready'
        expect(await redis.exists('ikigai:content:late')).to.equal(0);
      });
    });

    describe('rateLimit middleware (memory fallback while Redis is down)', () => {
      const limitedApp = (redis: Redis | undefined, name: string) => {
        const app = new Koa();
        app.use(rateLimit({ enabled: true, multiplier: 1, redis }, { name, max: 3, per: 'minute' }));
        app.use((ctx) => {
          ctx.body = { ok: true };
        });
        return supertest(app.callback());
      };

      it('keeps limiting from memory, never 500s nor hangs while Redis is down, and uses Redis again after restart', async () => {
        const redis = await client();
        const app = limitedApp(redis, 'outage');
        expect((await app.get('/')).status).to.equal(200);
        await server.stop();
        const statuses = [];
        const latencies = [];
        for (let i = 0; i < 5; i += 1) {
          const [res, ms] = await timed(() => app.get('/'));
          statuses.push(res.status);
          latencies.push(ms);
        }
        console.log(`      rate limit, Redis down: slowest request ${Math.max(...latencies).toFixed(1)} ms`);
        // Memory starts from zero when Redis goes away, then limits on its own.
        expect(statuses).to.deep.equal([200, 200, 200, 429, 429]);

        await server.restart();
        await ready(redis);
        // The limiter skips Redis for a 1 s cooldown after a failure (a hung Redis costs one timeout, not one per request).
        await new Promise((resolve) => setTimeout(resolve, 1100));
        // The memory counter is exhausted, so a 200 means the (fresh) Redis counter decided.
        expect((await app.get('/')).status).to.equal(200);
      });
    });
  });
});
