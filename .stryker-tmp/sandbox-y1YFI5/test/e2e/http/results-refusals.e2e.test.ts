// @ts-nocheck
import { expect } from 'chai';
import { API, completeRiasec } from '../../support/flows.js';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { RESULT, completeFitCheck, completeRecommendation, startOnly } from '../../support/result-flows.js';

const TABS = ['recommendation', 'fit-check', 'personality'] as const;

/** A refusal is problem+json with a string `detail`, as upstream clients read it (decisions §7). */
const expectProblem = (
  res: { status: number; headers: Record<string, string>; body: unknown },
  status: number,
  type?: string,
) => {
  expect(res.status, JSON.stringify(res.body)).to.equal(status);
  expect(res.headers['content-type']).to.match(/application\/problem\+json/);
  expect(res.body).to.have.property('detail').that.is.a('string');
  if (type) expect((res.body as { type: string }).type).to.match(new RegExp(`${type}$`));
};

describe('the result tabs refuse (upstream §5.1)', () => {
  let app: TestApp;
  let owner: TestUser;
  let stranger: TestUser;
  let recommendation: string;
  let fitCheck: string;
  before(async () => {
    app = await testApp();
    owner = await createUser(app.knex);
    stranger = await createUser(app.knex);
    recommendation = await completeRecommendation(app, owner);
    fitCheck = await completeFitCheck(app, owner);
  });
  const get = (tab: string, token: string, user = owner) =>
    app.http.get(`${RESULT}/${tab}/${token}`).set(user.headers);

  for (const tab of TABS) {
    it(`${tab}: 404 for an unknown token`, async () => {
      expectProblem(await get(tab, 'no-such-token'), 404, 'session-not-found');
    });

    it(`${tab}: 404 when another user reads the owner's finished results`, async () => {
      const token = tab === 'fit-check' ? fitCheck : recommendation;
      expect((await get(tab, token)).status).to.equal(200);
      expectProblem(await get(tab, token, stranger), 404, 'session-not-found');
    });

    it(`${tab}: 400 while the test is not finished`, async () => {
      const user = await createUser(app.knex);
      const token = await startOnly(app, user, tab === 'fit-check' ? 'fit-check' : 'recommendation');
      const res = await get(tab, token, user);
      expectProblem(res, 400, 'wrong-status');
      expect(res.body).to.include({ status_current: 'riasec_ongoing' });
      expect(res.body.detail).to.match(/belum selesai/);
    });
  }

  it('400 for a RECOMMENDATION session that is past RIASEC but not through Ikigai, on every tab', async () => {
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    for (const tab of ['recommendation', 'personality'])
      expectProblem(await get(tab, token, user), 400, 'wrong-status');
  });

  it('400 for the wrong goal: the recommendation tab of a FIT_CHECK, the fit-check tab of a RECOMMENDATION', async () => {
    expectProblem(await get('recommendation', fitCheck), 400, 'wrong-goal');
    expectProblem(await get('fit-check', recommendation), 400, 'wrong-goal');
  });

  it('404 when a finished FIT_CHECK lost its verdict row', async () => {
    const user = await createUser(app.knex);
    const token = await completeFitCheck(app, user);
    const session = await app.knex('careerprofile_test_sessions').where({ session_token: token }).first();
    await app.knex('fit_check_results').where({ test_session_id: session.id }).delete();
    expectProblem(await get('fit-check', token, user), 404, 'fit-check-result-not-found');
  });

  it('the OpenAPI document lists every result and profile route with its refusals', async () => {
    const { paths } = (await app.http.get('/openapi.json')).body;
    for (const tab of TABS) {
      const op = paths[`/api/v1/career-profile/result/${tab}/{session_token}`].get;
      expect(op.responses).to.include.keys('200', '400', '404', '401', '429');
    }
    expect(paths['/api/v1/career-profile/user-profile'].get.responses).to.include.keys('200', '401');
    const setActive = paths['/api/v1/career-profile/user-profile/set-active'].post;
    expect(setActive.responses).to.include.keys('200', '400', '404', '409', '422');
    expect(setActive.parameters.map((p: { name: string }) => p.name)).to.include('Idempotency-Key');
  });

  it('401 without a user, and 30 requests a minute per result route when rate limits are on', async () => {
    expect((await app.http.get(`${RESULT}/personality/${recommendation}`)).status).to.equal(401);
    const limited = await testApp({ RATE_LIMIT_ENABLED: 'true' });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (await limited.http.get(`${RESULT}/personality/${recommendation}`).set(owner.headers)).status,
      );
    expect(statuses.slice(0, 30).every((s) => s === 200)).to.equal(true);
    expect(statuses[30]).to.equal(429);
    // Another route has its own budget.
    expect((await limited.http.get(`${API}/user-profile`).set(owner.headers)).status).to.equal(200);
  });
});
