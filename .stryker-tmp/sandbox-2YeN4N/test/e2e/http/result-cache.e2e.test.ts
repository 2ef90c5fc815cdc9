// @ts-nocheck
import { TOKENS } from '@kenali/adapters';
import { type AiError, type PersonalityWriter, portError } from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { API, sessionRow } from '../../support/flows.js';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { RESULT, completeFitCheck, completeRecommendation } from '../../support/result-flows.js';

const CACHE_HEADER = 'kenali-result-cache';

interface Route {
  readonly name: string;
  readonly path: (token: string) => string;
  /** A table the route reads, keyed by test_session_id. */
  readonly table: string;
  readonly goal: 'recommendation' | 'fit-check';
}

const ROUTES: readonly Route[] = [
  {
    name: 'recommendation',
    path: (t) => `${RESULT}/recommendation/${t}`,
    table: 'career_recommendations',
    goal: 'recommendation',
  },
  {
    name: 'riasec/result',
    path: (t) => `${API}/riasec/result/${t}`,
    table: 'riasec_results',
    goal: 'recommendation',
  },
  {
    name: 'ikigai/result',
    path: (t) => `${API}/ikigai/result/${t}`,
    table: 'ikigai_total_scores',
    goal: 'recommendation',
  },
  {
    name: 'personality',
    path: (t) => `${RESULT}/personality/${t}`,
    table: 'ikigai_candidate_professions',
    goal: 'recommendation',
  },
  {
    name: 'fit-check',
    path: (t) => `${RESULT}/fit-check/${t}`,
    table: 'fit_check_results',
    goal: 'fit-check',
  },
];

describe('rendered result answers, reused while their rows are unchanged (ADR 0014)', () => {
  let app: TestApp;
  let owner: TestUser;
  const tokens: Record<'recommendation' | 'fit-check', string> = { recommendation: '', 'fit-check': '' };
  before(async () => {
    // No user cache, so a renamed user is seen by auth at once.
    app = await testApp({ AUTH_USER_CACHE_TTL_MS: '0' });
    owner = await createUser(app.knex, { fullname: 'Sari Wulandari' });
    tokens.recommendation = await completeRecommendation(app, owner);
    tokens['fit-check'] = await completeFitCheck(app, owner);
  });
  const get = (path: string, user = owner) => app.http.get(path).set(user.headers);

  for (const route of ROUTES) {
    it(`${route.name}: the same bytes again, then a fresh rendering after any write to its rows`, async () => {
      const path = route.path(tokens[route.goal]);
      const first = await get(path);
      const second = await get(path);
      expect(first.status, first.text).to.equal(200);
      expect(second.status).to.equal(200);
      expect(second.headers[CACHE_HEADER]).to.equal('hit');
      expect(second.text).to.equal(first.text);
      expect(second.headers['content-type']).to.equal(first.headers['content-type']);
      // A write that keeps every value still makes a new row version: the next read renders again.
      const session = await sessionRow(app, tokens[route.goal]);
      await app
        .knex(route.table)
        .where({ test_session_id: session.id })
        .update({ id: app.knex.ref('id') });
      const third = await get(path);
      expect(third.headers[CACHE_HEADER]).to.equal('miss');
      expect(third.text).to.equal(first.text);
      expect((await get(path)).headers[CACHE_HEADER]).to.equal('hit');
    });
  }

  it('shows a changed stored document on the next read', async () => {
    const path = `${RESULT}/recommendation/${tokens.recommendation}`;
    await get(path);
    expect((await get(path)).headers[CACHE_HEADER]).to.equal('hit');
    const session = await sessionRow(app, tokens.recommendation);
    await app
      .knex('career_recommendations')
      .where({ test_session_id: session.id })
      .update({
        recommendations_data: app.knex.raw(
          `jsonb_set(recommendations_data, '{ikigai_profile_summary,what_you_love}', '"diubah operator"')`,
        ),
      });
    const after = await get(path);
    expect(after.status).to.equal(200);
    expect(after.body.ikigai_profile_summary.what_you_love).to.equal('diubah operator');
  });

  it("shows the caller's new name at once (the header's first name is part of the validator)", async () => {
    const path = `${RESULT}/recommendation/${tokens.recommendation}`;
    await get(path);
    await app.knex('users').where({ id: owner.id }).update({ fullname: 'Ayu Lestari' });
    const renamed = await get(path);
    expect(renamed.body.user_first_name).to.equal('Ayu');
    expect(renamed.headers[CACHE_HEADER]).to.equal('miss');
    await app.knex('users').where({ id: owner.id }).update({ fullname: 'Sari Wulandari' });
  });

  it("never answers another user's request from the owner's rendering", async () => {
    const path = `${RESULT}/recommendation/${tokens.recommendation}`;
    await get(path);
    const stranger = await createUser(app.knex);
    const res = await get(path, stranger);
    expect(res.status).to.equal(404);
    expect(res.headers[CACHE_HEADER]).to.equal(undefined);
  });

  it('RESULT_CACHE_ENTRIES=0 turns it off: every read renders, answers unchanged', async () => {
    const off = await testApp({ RESULT_CACHE_ENTRIES: '0' });
    const path = `${RESULT}/recommendation/${tokens.recommendation}`;
    const [a, b] = [await off.http.get(path).set(owner.headers), await off.http.get(path).set(owner.headers)];
    expect(a.status).to.equal(200);
    expect(b.headers[CACHE_HEADER]).to.equal(undefined);
    expect(b.text).to.equal(a.text);
  });

  it('answers 503 when the version read finds storage down, without running the route on it', async () => {
    let asked = 0;
    const failing = await testApp(
      {},
      {
        configure: (c) =>
          c.rebind(TOKENS.ResultVersions).toConstantValue({
            of: () => {
              asked += 1;
              return Promise.resolve(E.left(portError('result_versions', 'unavailable', 'test: down')));
            },
          }),
      },
    );
    const res = await failing.http
      .get(`${RESULT}/recommendation/${tokens.recommendation}`)
      .set(owner.headers);
    expect(res.status).to.equal(503);
    expect(res.headers['content-type']).to.match(/problem\+json/);
    expect(asked).to.equal(1);
  });

  it('never reuses the generic personality text of an AI outage: each read asks the AI again', async () => {
    const down: AiError = { _tag: 'AiError', call: 'personality', reason: 'unavailable', message: 'down' };
    let calls = 0;
    const writer: PersonalityWriter = {
      aboutCode: () => {
        calls += 1;
        return TE.left(down);
      },
    };
    const failing = await testApp(
      {},
      { configure: (c) => c.rebind(TOKENS.PersonalityWriter).toConstantValue(writer) },
    );
    const path = `${RESULT}/personality/${tokens.recommendation}`;
    const first = await failing.http.get(path).set(owner.headers);
    const second = await failing.http.get(path).set(owner.headers);
    expect(first.status).to.equal(200);
    expect(second.headers[CACHE_HEADER]).to.equal(undefined);
    expect(calls).to.equal(2);
  });
});
