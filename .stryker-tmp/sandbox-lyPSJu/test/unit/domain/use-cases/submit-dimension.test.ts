// @ts-nocheck
import type { DimensionKey, ProfessionId, Session, SubmitDimensionInput, UserId } from '@kenali/domain';
import { expect } from 'chai';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { IKIGAI_TEXTS, World, dimensionInput } from './world.js';

describe('SubmitDimension', function () {
  let w: World;
  let user: UserId;
  let candidates: ProfessionId[];
  let session: Session;
  beforeEach(async function () {
    w = new World().withCodes();
    user = w.user();
    candidates = [w.profession('I'), w.profession('I'), w.profession('I')];
    session = await w.ikigaiOngoing(user);
  });

  const input = (dimension: DimensionKey, overrides: Partial<SubmitDimensionInput> = {}) =>
    dimensionInput(session, dimension, overrides);
  const storedAnswers = () => runRight(w.repos.ikigai.findAnswers(session.id));

  it('saves the first answer, trimmed and timestamped, and reports the dimensions left', async function () {
    const { submit } = w.ikigai();
    const response = await runRight(
      submit.execute(input('what_you_love', { reasoning_text: `  ${IKIGAI_TEXTS.what_you_love}  ` })),
    );
    expect(response).to.deep.include({
      session_token: session.session_token,
      dimension_saved: 'what_you_love',
      dimensions_completed: ['what_you_love'],
      dimensions_remaining: ['what_you_are_good_at', 'what_the_world_needs', 'what_you_can_be_paid_for'],
      all_completed: false,
    });
    expect(await storedAnswers()).to.deep.equal({
      what_you_love: {
        selected_profession_id: null,
        selection_type: 'not_selected',
        reasoning_text: IKIGAI_TEXTS.what_you_love,
        answered_at: w.clock.now().toISOString(),
      },
    });
  });

  it('refuses an inconsistent answer before opening a transaction', async function () {
    const { submit } = w.ikigai();
    const before = w.db.transactions.length;
    const error = await runLeft(
      submit.execute(
        input('what_you_love', { selected_profession_id: candidates[0], reasoning_text: 'pendek' }),
      ),
      'InvalidDimensionAnswer',
    );
    expect(error.violations.map((v) => v.field)).to.deep.equal(['selection_type', 'reasoning_text']);
    expect(w.db.transactions).to.have.length(before);
    expect(await storedAnswers()).to.deep.equal({});
  });

  describe('write-once answers', function () {
    it('refuses a different second answer to the same dimension and keeps the first', async function () {
      const { submit } = w.ikigai();
      await runRight(submit.execute(input('what_you_are_good_at')));
      const first = await storedAnswers();
      const error = await runLeft(
        submit.execute(
          input('what_you_are_good_at', { reasoning_text: 'Sebenarnya saya pandai menggambar.' }),
        ),
        'DimensionAlreadyAnswered',
      );
      expect(error.dimension).to.equal('what_you_are_good_at');
      expect(await storedAnswers()).to.deep.equal(first);
    });

    it('treats the identical answer as a retry: it succeeds again and keeps the original time', async function () {
      const { submit } = w.ikigai();
      const first = await runRight(submit.execute(input('what_the_world_needs')));
      const stored = await storedAnswers();
      w.clock.advance(5 * 60_000);
      const retry = await runRight(
        submit.execute(
          input('what_the_world_needs', { reasoning_text: ` ${IKIGAI_TEXTS.what_the_world_needs}\n` }),
        ),
      );
      expect(retry).to.deep.equal(first);
      expect(await storedAnswers()).to.deep.equal(stored);
    });
  });

  describe('the selected profession', function () {
    it('must be one of the session’s candidates; a refused one stores nothing', async function () {
      const { submit } = w.ikigai();
      const outsider = w.profession('I');
      const error = await runLeft(
        submit.execute(
          input('what_you_love', { selected_profession_id: outsider, selection_type: 'selected' }),
        ),
        'ProfessionNotCandidate',
      );
      expect(error.profession_id).to.equal(outsider);
      expect(await storedAnswers()).to.deep.equal({});
      expect(w.db.state.ikigaiResponses.has(Number(session.id)), 'response row rolled back').to.equal(false);
    });

    it('is stored when it is a candidate', async function () {
      const { submit } = w.ikigai();
      await runRight(
        submit.execute(
          input('what_you_love', { selected_profession_id: candidates[1], selection_type: 'selected' }),
        ),
      );
      expect((await storedAnswers()).what_you_love).to.deep.include({
        selected_profession_id: candidates[1],
        selection_type: 'selected',
      });
    });
  });

  describe('session checks', function () {
    it("reports another user's session as not found", async function () {
      const { submit } = w.ikigai();
      await runLeft(submit.execute({ ...input('what_you_love'), user: w.user() }), 'SessionNotFound');
    });

    it('refuses a session whose Ikigai phase has not started', async function () {
      const { submit } = w.ikigai();
      const other = w.user();
      const { session_token, question_ids } = await w.started(other);
      await runRight(
        w.submitRiasec.execute({
          user: other,
          token: session_token,
          answers: answersFor(I_SINGLE, question_ids),
        }),
      );
      const error = await runLeft(
        submit.execute({ ...input('what_you_love'), user: other, token: session_token }),
        'WrongStatus',
      );
      expect(error).to.deep.include({ actual: 'riasec_completed', expected: ['ikigai_ongoing'] });
    });

    it('refuses a FIT_CHECK session, which has no Ikigai phase', async function () {
      const { submit } = w.ikigai();
      const other = w.user();
      const { session_token, question_ids } = await w.started(other, 'FIT_CHECK', candidates[0]);
      await runRight(
        w.submitRiasec.execute({
          user: other,
          token: session_token,
          answers: answersFor(I_SINGLE, question_ids),
        }),
      );
      await runLeft(
        submit.execute({ ...input('what_you_love'), user: other, token: session_token }),
        'IkigaiNotUsed',
      );
    });
  });
});
