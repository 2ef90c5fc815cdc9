// @ts-nocheck
import { expect } from 'chai';
import { API, completeRiasec } from '../../support/flows.js';
import { keyRows, ledgerCount, sessionCount, sleep } from '../../support/hold.js';
import { type TestApp, balanceOf, createUser, testApp } from '../../support/kenali-app.js';

const START = `${API}/recommendation/start`;
const FIT_START = `${API}/fit-check/start`;
const body = { persona_type: 'BUILDER' };

describe('idempotent POSTs: contract, keys, fingerprints, scope, stored outcomes', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp({
      IDEMPOTENCY_TTL_SECONDS: '3',
      IDEMPOTENCY_MAX_CACHE_SIZE: '3',
      IDEMPOTENCY_FALLBACK_WINDOW_SECONDS: '60',
    });
  });
  const start = (headers: Record<string, string>, key?: string, payload: object = body) => {
    const request = app.http.post(START).set(headers);
    return (key === undefined ? request : request.set('idempotency-key', key)).send(payload);
  };

  describe('A. contract and happy path', () => {
    it('A1–A3: executes once, marks the first answer, replays ten retries byte for byte, charges once', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      const first = await start(user.headers, 'order-1');
      expect(first.status).to.equal(200);
      expect(first.headers['idempotent-replayed']).to.equal('false');
      expect(first.headers['idempotency-key']).to.equal('order-1');
      for (let i = 0; i < 10; i++) {
        const replay = await start(user.headers, 'order-1');
        expect(replay.status).to.equal(200);
        expect(replay.headers['idempotent-replayed']).to.equal('true');
        expect(replay.headers['content-type']).to.equal(first.headers['content-type']);
        expect(replay.text).to.equal(first.text);
      }
      expect(await ledgerCount(app.knex, user.id)).to.equal(1);
      expect(await balanceOf(app.knex, user.id)).to.equal(6);
    });

    it('A4: distinct keys are distinct intents (the second meets retake protection, not a replay)', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      expect((await start(user.headers, 'k-1')).status).to.equal(200);
      const second = await start(user.headers, 'k-2');
      expect(second.status).to.equal(409);
      expect(second.headers['idempotent-replayed']).to.equal('false');
      expect(second.body.error).to.equal('active_session_exists');
    });

    it('A5: GET ignores the header and stores nothing', async () => {
      const user = await createUser(app.knex);
      const res = await app.http.get('/api/v1/history/').set(user.headers).set('idempotency-key', 'get-1');
      expect(res.status).to.equal(200);
      expect(await keyRows(app.knex, user.id)).to.have.length(0);
    });

    it('A6: IDEMPOTENCY_ENABLED=false ignores the header and writes no rows', async () => {
      const off = await testApp({ IDEMPOTENCY_ENABLED: 'false' });
      const user = await createUser(off.knex, { tokens: 9 });
      const res = await off.http.post(START).set(user.headers).set('idempotency-key', 'off-1').send(body);
      expect(res.status).to.equal(200);
      expect(res.headers).to.not.have.property('idempotent-replayed');
      expect(await keyRows(off.knex, user.id)).to.have.length(0);
    });
  });

  describe('B. key validation (no side effects, no rows)', () => {
    const refused = async (value: string | string[]) => {
      const user = await createUser(app.knex, { tokens: 9 });
      const res = await app.http
        .post(START)
        .set(user.headers)
        .set('idempotency-key', value as string)
        .send(body);
      expect(res.status, `key ${JSON.stringify(value).slice(0, 40)}`).to.equal(400);
      expect(res.headers['content-type']).to.match(/problem\+json/);
      expect(res.headers['cache-control']).to.equal('no-store');
      expect(await sessionCount(app.knex, user.id)).to.equal(0);
      expect(await keyRows(app.knex, user.id)).to.have.length(0);
    };

    it('B1: 255 characters pass, 256 and 10 KB are refused', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      expect((await start(user.headers, 'a'.repeat(255))).status).to.equal(200);
      await refused('a'.repeat(256));
      await refused('b'.repeat(10 * 1024));
    });

    it('B2–B3: empty, blank and illegal characters are refused', async () => {
      for (const key of [
        '',
        '   ',
        'has space',
        'a/b',
        'a%b',
        'a,b',
        'a;b',
        'a:b',
        'é',
        "'; DROP TABLE x;--",
      ])
        await refused(key);
    });

    it('B4: the quoted form is the same key as the bare one; an unbalanced quote is refused', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      const quoted = await start(user.headers, '"quoted-1"');
      expect(quoted.status).to.equal(200);
      expect(quoted.headers['idempotency-key']).to.equal('quoted-1');
      const bare = await start(user.headers, 'quoted-1');
      expect(bare.headers['idempotent-replayed']).to.equal('true');
      expect(bare.text).to.equal(quoted.text);
      await refused('"unbalanced');
    });

    it('B5: two header lines are refused', async () => {
      await refused(['dup-a', 'dup-b']);
    });

    it('B6: an oversized or malformed body is not stored: the same key then executes', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      const huge = await start(user.headers, 'big-1', { ...body, padding: 'x'.repeat(300 * 1024) });
      expect(huge.status).to.equal(413);
      const ok = await start(user.headers, 'big-1');
      expect(ok.status).to.equal(200);
      expect(ok.headers['idempotent-replayed']).to.equal('false');
    });

    it('B7: keys are case-sensitive', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      expect((await start(user.headers, 'case')).headers['idempotent-replayed']).to.equal('false');
      expect((await start(user.headers, 'CASE')).headers['idempotent-replayed']).to.equal('false');
    });
  });

  describe('C. fingerprints', () => {
    it('C1: key order and whitespace do not matter; C2: a changed body is 422 and changes nothing', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      const first = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'fp-1')
        .send({ persona_type: 'BUILDER', target_profession_id: 101 });
      expect(first.status).to.equal(200);
      const reordered = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'fp-1')
        .set('content-type', 'application/json')
        .send('{ "target_profession_id": 101,\n  "persona_type": "BUILDER" }');
      expect(reordered.headers['idempotent-replayed']).to.equal('true');
      const changed = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'fp-1')
        .send({ persona_type: 'BUILDER', target_profession_id: 102 });
      expect(changed.status).to.equal(422);
      expect(changed.body.type).to.match(/idempotency-key-reused$/);
      expect(await sessionCount(app.knex, user.id)).to.equal(1);
      const again = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'fp-1')
        .send({ persona_type: 'BUILDER', target_profession_id: 101 });
      expect(again.text).to.equal(first.text);
    });

    it('C3: the same key on another route is 422', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      expect((await start(user.headers, 'route-1')).status).to.equal(200);
      const other = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'route-1')
        .send(body);
      expect(other.status).to.equal(422);
    });
  });

  describe('D. scope', () => {
    it('D1–D2: the same key from two users gives two independent executions', async () => {
      const [a, b] = [await createUser(app.knex, { tokens: 9 }), await createUser(app.knex, { tokens: 9 })];
      const ra = await start(a.headers, 'shared-key');
      const rb = await start(b.headers, 'shared-key', { persona_type: 'ACHIEVER' });
      expect(rb.status).to.equal(200);
      expect(rb.headers['idempotent-replayed']).to.equal('false');
      expect(rb.body.session_token).to.not.equal(ra.body.session_token);
      expect(await ledgerCount(app.knex, a.id)).to.equal(1);
      expect(await ledgerCount(app.knex, b.id)).to.equal(1);
    });

    it('D3–D5: unauthenticated requests are 401 with no row; spoofed replay markers change nothing', async () => {
      const res = await app.http.post(START).set('idempotency-key', 'anon-1').send(body);
      expect(res.status).to.equal(401);
      expect(await app.knex('idempotency_keys').where({ key: 'anon-1' })).to.have.length(0);
      const user = await createUser(app.knex, { tokens: 9 });
      const spoofed = await app.http
        .post(START)
        .set(user.headers)
        .set('idempotent-replayed', 'true')
        .set('idempotency-key', 'spoof')
        .send(body);
      expect(spoofed.headers['idempotent-replayed']).to.equal('false');
    });
  });

  describe('F. what is stored', () => {
    it('F1: a 422 is not stored; F2: a 402 is not stored and a top-up lets the same key execute once', async () => {
      const user = await createUser(app.knex, { tokens: 2 });
      expect((await start(user.headers, 'f-1', { persona_type: 'WIZARD' })).status).to.equal(422);
      expect((await start(user.headers, 'f-2')).status).to.equal(402);
      expect(await keyRows(app.knex, user.id)).to.have.length(0);
      await app.knex('token_wallet').where({ user_id: user.id }).update({ balance: 5 });
      const paid = await start(user.headers, 'f-2');
      expect(paid.status).to.equal(200);
      expect(paid.headers['idempotent-replayed']).to.equal('false');
      expect(await ledgerCount(app.knex, user.id)).to.equal(1);
    });

    it('F4: a definitive business error is stored and replayed identically', async () => {
      const user = await createUser(app.knex);
      const { token } = await completeRiasec(app, user);
      const late = { session_token: token, responses: [] as unknown[] };
      const submit = () =>
        app.http
          .post(`${API}/riasec/submit`)
          .set(user.headers)
          .set('idempotency-key', 'late-1')
          .send({
            ...late,
            responses: Array.from({ length: 72 }, (_, i) => ({
              question_id: i + 1,
              question_type: 'RIASEC'[Math.floor(i / 12)],
              answer_value: 3,
              answered_at: '2026-11-22T00:00:00Z',
            })),
          });
      const first = await submit();
      expect(first.status).to.equal(400);
      const replay = await submit();
      expect(replay.headers['idempotent-replayed']).to.equal('true');
      expect(replay.status).to.equal(400);
      expect(replay.text).to.equal(first.text);
    });

    it('F5: a rolled-back 5xx is not stored; the retry executes exactly once', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      await app.knex.raw(
        `create or replace function kenali_test_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`,
      );
      await app.knex.raw(
        `create trigger kenali_test_fail before insert on token_ledger for each row when (new.description is not null and new.amount = 3 and new.balance_before = 9) execute function kenali_test_fail()`,
      );
      try {
        const failed = await start(user.headers, 'f5');
        expect(failed.status).to.equal(500);
        expect(await balanceOf(app.knex, user.id)).to.equal(9);
        expect(await sessionCount(app.knex, user.id)).to.equal(0);
      } finally {
        await app.knex.raw('drop trigger kenali_test_fail on token_ledger');
      }
      const retry = await start(user.headers, 'f5');
      expect(retry.status).to.equal(200);
      expect(retry.headers['idempotent-replayed']).to.equal('false');
      expect(await ledgerCount(app.knex, user.id)).to.equal(1);
    });
  });

  describe('H. expiry and quota (TTL 3 s, 3 live keys)', () => {
    it('H1/H3: after the TTL the key executes anew; H4: cleanup removes only expired records', async () => {
      const user = await createUser(app.knex, { tokens: 20 });
      const first = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'ttl-1')
        .send({ persona_type: 'BUILDER', target_profession_id: 101 });
      expect(first.status).to.equal(200);
      await app
        .knex('careerprofile_test_sessions')
        .where({ user_id: user.id })
        .update({ status: 'completed', completed_at: new Date(), riasec_completed_at: new Date() });
      await sleep(3200);
      const later = await app.http
        .post(FIT_START)
        .set(user.headers)
        .set('idempotency-key', 'ttl-1')
        .send({ persona_type: 'ACHIEVER', target_profession_id: 101 });
      expect(later.status).to.equal(200);
      expect(later.headers['idempotent-replayed']).to.equal('false');
      expect(later.body.session_token).to.not.equal(first.body.session_token);
    });

    it('H6: a fourth live key is 429 while replays of the first three still work', async () => {
      const user = await createUser(app.knex, { tokens: 20 });
      const responses = [];
      for (const key of ['q-1', 'q-2', 'q-3']) responses.push(await start(user.headers, key));
      const fourth = await start(user.headers, 'q-4');
      expect(fourth.status).to.equal(429);
      expect(fourth.headers['retry-after']).to.match(/^\d+$/);
      expect((await start(user.headers, 'q-1')).text).to.equal(responses[0].text);
    });
  });

  describe('I. keyless clients', () => {
    it('I1: a keyless double-click executes once and replays the second', async () => {
      const user = await createUser(app.knex, { tokens: 9 });
      const a = await start(user.headers);
      const b = await start(user.headers);
      expect(a.status).to.equal(200);
      expect(b.headers['idempotent-replayed']).to.equal('true');
      expect(b.text).to.equal(a.text);
      expect(await ledgerCount(app.knex, user.id)).to.equal(1);
    });

    it('I3–I5: other users, other bodies and keyed requests are not matched by the fallback', async () => {
      const [a, b] = [await createUser(app.knex, { tokens: 9 }), await createUser(app.knex, { tokens: 9 })];
      expect((await start(a.headers)).status).to.equal(200);
      expect((await start(b.headers)).headers['idempotent-replayed']).to.equal('false');
      const keyed = await start(a.headers, 'after-keyless');
      expect(keyed.headers['idempotent-replayed']).to.equal('false');
      const changed = await start(a.headers, undefined, { persona_type: 'ACHIEVER' });
      expect(changed.headers['idempotent-replayed']).to.equal('false');
    });
  });

  describe('M. observability', () => {
    it('M1: hits, misses, outcomes, live size and key-generation time move on /metrics', async () => {
      const metric = async (name: string): Promise<number> => {
        const text = (await app.http.get('/metrics')).text;
        const line = text.split('\n').find((l) => l.startsWith(name));
        return line ? Number(line.split(' ').at(-1)) : NaN;
      };
      const user = await createUser(app.knex, { tokens: 9 });
      const [hits, misses] = [
        await metric('idempotency_cache_hits_total'),
        await metric('idempotency_cache_misses_total'),
      ];
      await start(user.headers, 'metrics-1');
      await start(user.headers, 'metrics-1');
      expect(await metric('idempotency_cache_hits_total')).to.equal(hits + 1);
      expect(await metric('idempotency_cache_misses_total')).to.equal(misses + 1);
      expect(await metric('idempotency_requests_total{outcome="replayed"}')).to.be.at.least(1);
      expect(await metric('idempotency_cache_size')).to.be.at.least(1);
      expect(await metric('idempotency_key_generation_duration_count')).to.be.at.least(2);
    });
  });
});
