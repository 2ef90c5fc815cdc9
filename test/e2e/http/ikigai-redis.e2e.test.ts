import { createRedis } from '@kenali/adapters';
import { expect } from 'chai';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { API, completeRiasec } from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { type RedisServer, redisServerUnavailable, startRedisServer } from '../../support/redis-server.js';

describe('the service with Redis up, then killed mid-run', function () {
  this.timeout(60_000);
  let server: RedisServer;
  let redis: Redis;
  let app: TestApp;
  before(async function () {
    const missing = redisServerUnavailable();
    if (missing) {
      console.log(`      [skip] ${missing}`);
      this.skip();
    }
    server = await startRedisServer();
    redis = createRedis(server.url, pino({ level: 'silent' }));
    app = await testApp({ RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_MULTIPLIER: '100' }, { redis });
  });
  after(async () => {
    redis?.disconnect();
    await server?.dispose();
  });

  it('caches Ikigai content under ikigai:content:{token} and keeps serving when Redis dies', async () => {
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    const start = await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
    expect(start.body.from_cache).to.equal(false);
    const cached = JSON.parse((await redis.get(`ikigai:content:${token}`)) ?? 'null') as {
      generated_at: string;
      candidates: unknown[];
    };
    expect(cached.generated_at).to.equal(start.body.generated_at);
    expect(cached.candidates).to.have.length(start.body.total_display_candidates);
    expect(await redis.pttl(`ikigai:content:${token}`)).to.be.within(7_080_000, 7_200_000); // 2 h TTL; a slow machine only eats into it
    expect((await app.http.get(`${API}/ikigai/content/${token}`).set(user.headers)).body.from_cache).to.equal(
      true,
    );

    await server.stop('SIGKILL');
    // Served from PostgreSQL with Redis gone; how fast is bench territory, the verdict is the answer itself.
    const degraded = await app.http.get(`${API}/ikigai/content/${token}`).set(user.headers);
    expect(degraded.status).to.equal(200);
    expect(degraded.body.from_cache).to.equal(false);
    const other = await createUser(app.knex);
    const started = await app.http
      .post(`${API}/recommendation/start`)
      .set(other.headers)
      .send({ persona_type: 'BUILDER' });
    expect(started.status).to.equal(200);
  });
});
