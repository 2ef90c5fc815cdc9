// @ts-nocheck
import { TOKENS } from '@kenali/adapters';
import { type AiError, type PersonalityWriter, fallbackAboutCode } from '@kenali/domain';
import { expect } from 'chai';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { RESULT, completeFitCheck } from '../../support/result-flows.js';

const down: AiError = {
  _tag: 'AiError',
  call: 'personality',
  reason: 'unavailable',
  message: 'test: AI down',
};

/** An app whose personality writer is replaced; `calls` counts how often the AI was asked. */
const appWithWriter = async (answer: () => TE.TaskEither<AiError, string>) => {
  const counter = { calls: 0 };
  const writer: PersonalityWriter = {
    aboutCode: () => {
      counter.calls++;
      return answer();
    },
  };
  const app = await testApp(
    {},
    { configure: (c) => c.rebind(TOKENS.PersonalityWriter).toConstantValue(writer) },
  );
  return { app, counter };
};

const personality = async (app: TestApp) => {
  const user = await createUser(app.knex);
  const token = await completeFitCheck(app, user);
  return () => app.http.get(`${RESULT}/personality/${token}`).set(user.headers);
};

describe('the personality tab and its AI text (upstream §5.5, §6.5)', () => {
  it('asks the AI once per code and serves the cached text afterwards, to every user with that code', async () => {
    const { app, counter } = await appWithWriter(() => TE.right('Satu.\nDua.\nTiga.'));
    const first = await (await personality(app))();
    const second = await (await personality(app))();
    expect(first.status).to.equal(200);
    expect(first.body.about_code).to.equal('Satu.\nDua.\nTiga.');
    expect(second.body.about_code).to.equal(first.body.about_code);
    expect(counter.calls).to.equal(1);
  });

  it('answers 200 with a generic text when the AI is down, and does not cache that text', async () => {
    const { app, counter } = await appWithWriter(() => TE.left(down));
    const read = await personality(app);
    const first = await read();
    expect(first.status, JSON.stringify(first.body)).to.equal(200);
    expect(first.body.about_code).to.equal(fallbackAboutCode('I'));
    expect(first.body.strengths).to.be.an('array').that.is.not.empty;
    const second = await read();
    expect(second.body.about_code).to.equal(fallbackAboutCode('I'));
    expect(counter.calls).to.equal(2);
  });

  it('treats a writer that throws like an AI failure, never a 500', async () => {
    const { app } = await appWithWriter(() => () => Promise.reject(new Error('driver exploded')));
    const res = await (await personality(app))();
    expect(res.status).to.equal(200);
    expect(res.body.about_code).to.equal(fallbackAboutCode('I'));
  });
});
