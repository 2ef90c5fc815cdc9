// @ts-nocheck
import type {
  DimensionKey,
  DimensionSubmitResponse,
  IkigaiCompletionResponse,
  ProfessionId,
  Session,
  SubmitDimensionInput,
  UserId,
} from '@kenali/domain';
import { DIMENSION_KEYS } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { IKIGAI_TEXTS, World, dimensionInput } from './world.js';

const isPartial = (r: DimensionSubmitResponse | IkigaiCompletionResponse): r is DimensionSubmitResponse =>
  'dimension_saved' in r;

describe('SubmitDimension (the fourth answer)', function () {
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

  describe('the fourth answer', function () {
    const answerThree = async (submit: ReturnType<World['ikigai']>['submit']) => {
      for (const key of DIMENSION_KEYS.slice(0, 3)) {
        const response = await runRight(submit.execute(input(key)));
        expect(isPartial(response), `${key} answers without scoring`).to.equal(true);
      }
    };

    it('scores the session once: one relevance call per dimension, then the completion response', async function () {
      const { submit, judge } = w.ikigai();
      await answerThree(submit);
      expect(judge.calls).to.deep.equal([]);
      w.clock.advance(60_000);
      const done = await runRight(submit.execute(input('what_you_can_be_paid_for')));
      expect(done).to.deep.include({
        session_token: session.session_token,
        status: 'completed',
        total_professions_evaluated: 3,
      });
      expect(isPartial(done) ? [] : done.top_2_professions.map((p) => p.profession_id)).to.deep.equal(
        candidates.slice(0, 2),
      );
      expect(judge.calls.map((c) => c.dimension).sort()).to.deep.equal([...DIMENSION_KEYS].sort());
      for (const call of judge.calls) {
        expect(call.answerText).to.equal(IKIGAI_TEXTS[call.dimension]);
        expect(call.professions).to.deep.equal(candidates);
      }
    });

    it('completes the session, its responses, history and first career profile', async function () {
      const { submit } = w.ikigai();
      await answerThree(submit);
      w.clock.advance(60_000);
      await runRight(submit.execute(input('what_you_can_be_paid_for')));
      const now = w.clock.now();
      expect(await w.session(user, session.session_token)).to.deep.include({
        status: 'completed',
        ikigai_completed_at: now,
        completed_at: now,
      });
      expect(w.db.state.ikigaiResponses.get(Number(session.id))).to.deep.include({
        completed: true,
        completed_at: now,
      });
      expect(w.db.state.history.map((h) => [h.status, h.completed_at])).to.deep.equal([['completed', now]]);
      expect(O.toUndefined(await runRight(w.repos.careerProfiles.find(user)))).to.deep.include({
        activeSession: session.id,
        source: 'AUTO_FIRST_TIME',
      });
    });

    it('never scores twice: repeating the fourth answer after completion leaves the scores alone', async function () {
      // Whether that repeat should answer 200 (the completion) or 400 (WrongStatus, today's behaviour) is an
      // open question, see the report; either way it must not score again or touch the stored documents.
      const { submit, judge, narrator } = w.ikigai();
      await answerThree(submit);
      await runRight(submit.execute(input('what_you_can_be_paid_for')));
      const scores = await runRight(w.repos.ikigai.findScores(session.id));
      const recommendation = await runRight(w.repos.recommendations.find(session.id));
      w.clock.advance(60_000);
      await submit.execute(input('what_you_can_be_paid_for'))();
      expect(judge.calls).to.have.length(4);
      expect(narrator.requests).to.have.length(1);
      expect(await runRight(w.repos.ikigai.findScores(session.id))).to.deep.equal(scores);
      expect(await runRight(w.repos.recommendations.find(session.id))).to.deep.equal(recommendation);
    });

    it('resumes an interrupted scoring run when the fourth answer is sent again', async function () {
      const { submit, judge } = w.ikigai();
      await answerThree(submit);
      w.db.faults.failNext('ikigai.saveScores');
      await runLeft(submit.execute(input('what_you_can_be_paid_for')), 'PortError');
      expect((await w.session(user, session.session_token)).status).to.equal('ikigai_ongoing');
      expect(Object.keys(await storedAnswers())).to.have.length(4);

      const done = await runRight(submit.execute(input('what_you_can_be_paid_for')));
      expect(done).to.have.property('status', 'completed');
      expect(judge.calls).to.have.length(8);
      expect((await w.session(user, session.session_token)).status).to.equal('completed');
    });
  });
});
