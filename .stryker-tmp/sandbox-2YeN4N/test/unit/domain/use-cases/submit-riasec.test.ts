// @ts-nocheck
import type { ProfessionId, SessionToken, UserId } from '@kenali/domain';
import { SessionToken as toToken } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { canonicalCode, uuid } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { type AnswerItem, I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { World } from './world.js';

const UNIFORM = { R: 36, I: 36, A: 36, S: 36, E: 36, C: 36 };

describe('SubmitRiasec', function () {
  let w: World;
  let user: UserId;
  let candidates: ProfessionId[];
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user();
    candidates = [w.profession('I'), w.profession('I'), w.profession('I')];
  });

  const submit = (token: SessionToken, answers: readonly AnswerItem[]) =>
    w.submitRiasec.execute({ user, token, answers });

  describe('a RECOMMENDATION session', function () {
    it('scores the answers, stores the outcome and moves the session to riasec_completed', async function () {
      const { session_token, question_ids } = await w.started(user);
      w.clock.advance(15 * 60_000);
      const response = await runRight(submit(session_token, answersFor(I_SINGLE, question_ids)));
      expect(response).to.deep.include({
        session_token,
        test_goal: 'RECOMMENDATION',
        status: 'riasec_completed',
        scores: I_SINGLE,
        classification_type: 'single',
        next_step: 'ikigai',
        total_candidates: 3,
        validity_warning: null,
      });
      expect(response.riasec_code_info.riasec_code).to.equal('I');
      expect(response.candidates.map((c) => c.profession_id)).to.deep.equal(candidates);

      const session = await w.session(user, session_token);
      expect(session).to.deep.include({ status: 'riasec_completed', riasec_completed_at: w.clock.now() });
      const outcome = O.toUndefined(await runRight(w.repos.riasec.findOutcome(session.id)));
      expect(outcome).to.deep.include({
        riasec_code: 'I',
        riasec_code_id: canonicalCode('I').id,
        scores: I_SINGLE,
      });
      expect(outcome?.candidates_data.candidates).to.deep.equal(response.candidates);
    });

    it('keeps the submitted answers and leaves history and career profile for the Ikigai phase', async function () {
      const { session_token, question_ids } = await w.started(user);
      const answers = answersFor(I_SINGLE, question_ids);
      await runRight(submit(session_token, answers));
      const session = await w.session(user, session_token);
      expect(w.db.state.submissions.get(Number(session.id))?.answers).to.deep.equal(answers);
      expect(w.db.state.history.map((h) => h.status)).to.deep.equal(['ongoing']);
      expect(await runRight(w.repos.careerProfiles.find(user))).to.deep.equal(O.none);
    });
  });

  describe('validation order (upstream §3.2)', function () {
    let token: SessionToken;
    let order: readonly number[];
    let valid: AnswerItem[];
    beforeEach(async function () {
      const started = await w.started(user);
      token = started.session_token;
      order = started.question_ids;
      valid = answersFor(I_SINGLE, order);
    });

    it('reports a foreign session as not found before looking at the answers', async function () {
      const stranger = w.user();
      await runLeft(w.submitRiasec.execute({ user: stranger, token, answers: [] }), 'SessionNotFound');
      await w.expectRiasecUntouched(user, token);
    });

    it('reports an unknown token as not found', async function () {
      await runLeft(submit(toToken(uuid()), valid), 'SessionNotFound');
    });

    it('refuses a session that already left riasec_ongoing', async function () {
      await runRight(submit(token, valid));
      const error = await runLeft(submit(token, valid), 'WrongStatus');
      expect(error).to.deep.equal({
        _tag: 'WrongStatus',
        actual: 'riasec_completed',
        expected: ['riasec_ongoing'],
      });
    });

    it('needs the stored question order', async function () {
      w.db.state.questionSets.clear();
      await runLeft(submit(token, valid), 'QuestionSetMissing');
    });

    it('reports duplicate ids before a mismatch with the question set', async function () {
      const answers = [...valid.slice(0, 70), valid[0]]; // one duplicate, two missing
      const error = await runLeft(submit(token, answers), 'DuplicateQuestionIds');
      expect(error.duplicates).to.deep.equal([valid[0].question_id]);
      await w.expectRiasecUntouched(user, token);
    });

    it('reports a question set mismatch before a wrong question type', async function () {
      const answers = valid.slice(1).map((a, i) => (i === 0 ? { ...a, question_type: 'X' as never } : a));
      const error = await runLeft(submit(token, answers), 'QuestionSetMismatch');
      expect(error).to.deep.include({ missing: [valid[0].question_id], extra: [] });
      await w.expectRiasecUntouched(user, token);
    });

    it('reports a wrong question type before an out-of-range value', async function () {
      const wrongType = valid[0].question_type === 'C' ? ('R' as const) : ('C' as const);
      const answers = valid.map((a, i) =>
        i === 0 ? { ...a, question_type: wrongType, answer_value: 9 } : a,
      );
      const error = await runLeft(submit(token, answers), 'QuestionTypeMismatch');
      expect(error.mismatches).to.deep.equal([
        { question_id: valid[0].question_id, given: wrongType, expected: valid[0].question_type },
      ]);
      await w.expectRiasecUntouched(user, token);
    });

    it('reports answers outside the 1–5 scale', async function () {
      const answers = valid.map((a, i) => (i === 3 ? { ...a, answer_value: 6 } : a));
      const error = await runLeft(submit(token, answers), 'AnswerValueOutOfRange');
      expect(error.answers).to.deep.equal([{ question_id: valid[3].question_id, answer_value: 6 }]);
      await w.expectRiasecUntouched(user, token);
    });

    it('refuses uniform answers as an invalid profile', async function () {
      const error = await runLeft(submit(token, answersFor(UNIFORM, order)), 'InvalidRiasecProfile');
      expect(error.reason).to.equal('uniform_scores');
      await w.expectRiasecUntouched(user, token);
    });

    it('rolls everything back when a write fails halfway', async function () {
      w.db.faults.failNext('sessions.saveTransition');
      await runLeft(submit(token, valid), 'PortError');
      await w.expectRiasecUntouched(user, token);
    });
  });
});
