import type { Session, UserId } from '@kenali/domain';
import { DIMENSION_KEYS } from '@kenali/domain';
import { expect } from 'chai';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { World, dimensionInput } from './world.js';

describe('SubmitDimension (progress, retries and late answers)', function () {
  let w: World;
  let user: UserId;
  let candidates: number[];
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user();
    candidates = [w.profession('I'), w.profession('I'), w.profession('I')].map(Number);
  });

  it('says how many dimensions remain after each partial answer', async function () {
    const session = await w.ikigaiOngoing(user);
    const { submit } = w.ikigai();
    const messages: unknown[] = [];
    for (const key of DIMENSION_KEYS.slice(0, 3)) {
      const out = await runRight(submit.execute(dimensionInput(session, key)));
      messages.push('message' in out ? out.message : out);
    }
    expect(messages).to.deep.equal([
      'Jawaban disimpan. Sisa 3 dimensi lagi.',
      'Jawaban disimpan. Sisa 2 dimensi lagi.',
      'Jawaban disimpan. Sisa 1 dimensi lagi.',
    ]);
  });

  it('refuses a second, different answer to a dimension, whichever field differs', async function () {
    const session = await w.ikigaiOngoing(user);
    const { submit } = w.ikigai();
    const picked = { selection_type: 'selected' as const, selected_profession_id: candidates[0] };
    await runRight(submit.execute(dimensionInput(session, 'what_you_love', picked)));
    const variants = [
      { ...picked, selected_profession_id: candidates[1] },
      { selection_type: 'not_selected' as const, selected_profession_id: null },
      { ...picked, reasoning_text: 'Teks lain yang cukup panjang.' },
    ];
    for (const variant of variants) {
      const error = await runLeft(
        submit.execute(dimensionInput(session, 'what_you_love', variant)),
        'DimensionAlreadyAnswered',
      );
      expect(error.dimension).to.equal('what_you_love');
    }
    const same = await runRight(submit.execute(dimensionInput(session, 'what_you_love', picked)));
    expect(same).to.deep.include({
      dimension_saved: 'what_you_love',
      dimensions_completed: ['what_you_love'],
    });
  });

  it('answers a late retry of the same answer with the completion, and refuses a different late answer', async function () {
    const done: Session = await w.completedRecommendation(user);
    const { submit } = w.ikigai();
    const again = await runRight(submit.execute(dimensionInput(done, 'what_the_world_needs')));
    expect(again).to.deep.include({ session_token: done.session_token, status: 'completed' });
    const changed = dimensionInput(done, 'what_the_world_needs', {
      reasoning_text: 'Jawaban yang berbeda sekali.',
    });
    const error = await runLeft(submit.execute(changed), 'WrongStatus');
    expect(error).to.deep.equal({ _tag: 'WrongStatus', actual: 'completed', expected: ['ikigai_ongoing'] });
  });

  it('refuses any answer to a completed FIT_CHECK session, which has no Ikigai phase', async function () {
    const fit = await w.completedFitCheck(user, w.profession('I'));
    const { submit } = w.ikigai();
    await runLeft(submit.execute(dimensionInput(fit, 'what_you_love')), 'IkigaiNotUsed');
  });

  it('answers CandidatesMissing for a selection when the RIASEC outcome is gone', async function () {
    const session = await w.ikigaiOngoing(user);
    w.db.state.submissions.delete(Number(session.id));
    const { submit } = w.ikigai();
    const picked = { selection_type: 'selected' as const, selected_profession_id: candidates[0] };
    await runLeft(submit.execute(dimensionInput(session, 'what_you_love', picked)), 'CandidatesMissing');
    expect(await runRight(w.repos.ikigai.findAnswers(session.id))).to.deep.equal({});
  });
});
