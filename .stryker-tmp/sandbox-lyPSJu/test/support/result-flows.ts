// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { API, DIMENSIONS, researchAnswers } from './flows.js';
import type { TestApp, TestUser } from './kenali-app.js';
import { I_SINGLE, answersFor } from './riasec-answers.js';

export const RESULT = `${API}/result`;
export const USER_PROFILE = `${API}/user-profile`;

/**
 * Every POST with a fresh Idempotency-Key: a keyless POST repeating an earlier body of the same user inside
 * the dedup window is answered with the earlier response, so a second test of one user would silently be
 * the first one again.
 */
const post = async (app: TestApp, user: TestUser, path: string, body: object, status = 200) => {
  const res = await app.http
    .post(`${API}/${path}`)
    .set(user.headers)
    .set('idempotency-key', randomUUID())
    .send(body);
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).to.equal(status);
  return res.body as Record<string, unknown>;
};

/** A session left in `riasec_ongoing` (started, nothing answered). */
export const startOnly = async (app: TestApp, user: TestUser, goal: 'recommendation' | 'fit-check') => {
  const body =
    goal === 'fit-check'
      ? { persona_type: 'BUILDER', target_profession_id: 101 }
      : { persona_type: 'BUILDER' };
  return (await post(app, user, `${goal}/start`, body, 200)).session_token as string;
};

/** A RECOMMENDATION test driven the way the upstream app does: RIASEC, Ikigai start, four answers. */
export const completeRecommendation = async (app: TestApp, user: TestUser): Promise<string> => {
  const token = await startOnly(app, user, 'recommendation');
  const riasec = await post(app, user, 'riasec/submit', {
    session_token: token,
    responses: answersFor(I_SINGLE),
  });
  const candidates = riasec.candidates as { profession_id: number }[];
  await post(app, user, 'ikigai/start', { session_token: token });
  const answers = researchAnswers(candidates[0].profession_id);
  for (const key of DIMENSIONS) {
    await post(app, user, 'ikigai/submit-dimension', {
      session_token: token,
      dimension_name: key,
      selected_profession_id: answers[key].selected,
      selection_type: answers[key].selected === null ? 'not_selected' : 'selected',
      reasoning_text: answers[key].text,
    });
  }
  return token;
};

/** A FIT_CHECK test against `target`; it completes at the RIASEC submit. */
export const completeFitCheck = async (
  app: TestApp,
  user: TestUser,
  target = 101,
  scores = I_SINGLE,
): Promise<string> => {
  const started = await post(
    app,
    user,
    'fit-check/start',
    { persona_type: 'ACHIEVER', target_profession_id: target },
    200,
  );
  const token = started.session_token as string;
  const done = await post(app, user, 'riasec/submit', {
    session_token: token,
    responses: answersFor(scores),
  });
  expect(done.status).to.equal('completed');
  return token;
};
