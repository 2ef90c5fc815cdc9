// @ts-nocheck
import type { UserId } from '@kenali/domain';
import { GetRiasecResult, SessionToken } from '@kenali/domain';
import { expect } from 'chai';
import { uuid } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { World } from './world.js';

describe('GetRiasecResult', function () {
  let w: World;
  let user: UserId;
  let result: GetRiasecResult;
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user();
    // Two candidates only: the submit answer carries the "few candidates" warning.
    w.profession('I');
    w.profession('I');
    result = new GetRiasecResult(w.repos);
  });

  it('rebuilds the submit response from storage, with validity_warning null on reload', async function () {
    const { session_token, question_ids } = await w.started(user);
    const submitted = await runRight(
      w.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
    );
    expect(submitted.validity_warning).to.be.a('string');
    const reloaded = await runRight(result.execute(user, session_token));
    expect(reloaded).to.deep.equal({ ...submitted, validity_warning: null });
  });

  it("reports another user's session as not found", async function () {
    const { session_token, question_ids } = await w.started(user);
    await runRight(
      w.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
    );
    await runLeft(result.execute(w.user(), session_token), 'SessionNotFound');
  });

  it('reports an unknown token as not found', async function () {
    await runLeft(result.execute(user, SessionToken(uuid())), 'SessionNotFound');
  });

  it('answers RiasecResultNotFound before the answers were submitted', async function () {
    const { session_token } = await w.started(user);
    await runLeft(result.execute(user, session_token), 'RiasecResultNotFound');
  });
});
