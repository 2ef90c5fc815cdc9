import type { AssessmentAnswer, DimensionKey, Session, UserId } from '@kenali/domain';
import { DIMENSION_KEYS, GetIkigaiResult, SessionToken, SubmitAssessment } from '@kenali/domain';
import { expect } from 'chai';
import { DimensionMother } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { IKIGAI_TEXTS, World } from './world.js';

const answers = (
  overrides: Partial<Record<DimensionKey, Partial<AssessmentAnswer>>> = {},
): Record<DimensionKey, AssessmentAnswer> =>
  Object.fromEntries(
    DIMENSION_KEYS.map((k) => [
      k,
      {
        selected_profession_id: null,
        selection_type: 'not_selected',
        reasoning_text: IKIGAI_TEXTS[k],
        ...overrides[k],
      },
    ]),
  ) as Record<DimensionKey, AssessmentAnswer>;

describe('GetIkigaiResult and SubmitAssessment', function () {
  let w: World;
  let user: UserId;
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user();
    for (let i = 0; i < 3; i++) w.profession('I');
  });

  const ikigaiResult = () => new GetIkigaiResult(w.repos, w.ikigai().finalize);
  const assessment = () => {
    const { submit, finalize } = w.ikigai();
    return new SubmitAssessment(w.uow, submit, finalize);
  };

  describe('GetIkigaiResult', function () {
    it('answers the stored totals of a completed session, as the completion did', async function () {
      const ongoing = await w.ikigaiOngoing(user);
      const done = await runRight(
        assessment().execute({ user, token: ongoing.session_token, answers: answers() }),
      );
      const again = await runRight(ikigaiResult().execute(user, ongoing.session_token));
      expect(again).to.deep.equal(done);
      expect(again).to.deep.include({ session_token: ongoing.session_token, status: 'completed' });
    });

    it('scores a session stuck in ikigai_ongoing with all four answers, once', async function () {
      const session = await w.ikigaiOngoing(user);
      await runRight(w.repos.ikigai.ensureResponseRow(session.id, w.clock.now()));
      for (const key of DIMENSION_KEYS)
        await runRight(w.repos.ikigai.saveAnswer(session.id, key, DimensionMother.answer()));
      const result = await runRight(ikigaiResult().execute(user, session.session_token));
      expect(result.status).to.equal('completed');
      expect((await w.session(user, session.session_token)).status).to.equal('completed');
      expect(w.db.state.ikigaiScores.has(Number(session.id))).to.equal(true);
    });

    it('answers 400 while answers are missing or before the phase, 404 for unknown or foreign tokens', async function () {
      const session = await w.ikigaiOngoing(user);
      await runRight(w.repos.ikigai.ensureResponseRow(session.id, w.clock.now()));
      for (const key of DIMENSION_KEYS.slice(0, 3))
        await runRight(w.repos.ikigai.saveAnswer(session.id, key, DimensionMother.answer()));
      const partial = await runLeft(ikigaiResult().execute(user, session.session_token), 'WrongStatus');
      expect(partial).to.deep.equal({
        _tag: 'WrongStatus',
        actual: 'ikigai_ongoing',
        expected: ['completed'],
      });
      expect(w.db.state.ikigaiScores.size).to.equal(0);
      await runLeft(ikigaiResult().execute(w.user(), session.session_token), 'SessionNotFound');
      await runLeft(ikigaiResult().execute(user, SessionToken('x')), 'SessionNotFound');
      const other = w.user();
      const started = await w.started(other);
      const early = await runLeft(ikigaiResult().execute(other, started.session_token), 'WrongStatus');
      expect(early).to.deep.include({ actual: 'riasec_ongoing', expected: ['completed'] });
    });

    it('answers IkigaiResultNotFound for a completed session without totals (a FIT_CHECK one)', async function () {
      const fit = await w.completedFitCheck(user, w.profession('I'));
      await runLeft(ikigaiResult().execute(user, fit.session_token), 'IkigaiResultNotFound');
    });

    it('passes on a failure of the read', async function () {
      const session = await w.ikigaiOngoing(user);
      w.db.faults.failNext('sessions.findOwned');
      await runLeft(ikigaiResult().execute(user, session.session_token), 'PortError');
    });
  });

  describe('SubmitAssessment', function () {
    let session: Session;
    beforeEach(async function () {
      session = await w.ikigaiOngoing(user);
    });

    it('stores the four stripped answers and scores them in one call', async function () {
      const padded = answers({ what_you_love: { reasoning_text: `   ${IKIGAI_TEXTS.what_you_love}  ` } });
      const done = await runRight(
        assessment().execute({ user, token: session.session_token, answers: padded }),
      );
      expect(done).to.deep.include({ status: 'completed', total_professions_evaluated: 3 });
      const stored = await runRight(w.repos.ikigai.findAnswers(session.id));
      expect(DIMENSION_KEYS.map((k) => stored[k]?.reasoning_text)).to.deep.equal(
        DIMENSION_KEYS.map((k) => IKIGAI_TEXTS[k]),
      );
    });

    it('reports every invalid dimension at once, each tagged, and stores nothing', async function () {
      const bad = answers({
        what_you_love: { reasoning_text: 'pendek' },
        what_you_can_be_paid_for: { selection_type: 'selected' },
      });
      const error = await runLeft(
        assessment().execute({ user, token: session.session_token, answers: bad }),
        'InvalidDimensionAnswer',
      );
      expect(error.violations.map((v) => [v.dimension, v.field])).to.deep.equal([
        ['what_you_love', 'reasoning_text'],
        ['what_you_can_be_paid_for', 'selected_profession_id'],
      ]);
      expect(await runRight(w.repos.ikigai.findAnswers(session.id))).to.deep.equal({});
    });

    it('rolls every answer back when one selects a profession that is not a candidate', async function () {
      const outsider = Number(w.profession('S'));
      const bad = answers({
        what_the_world_needs: { selection_type: 'selected', selected_profession_id: outsider },
      });
      const error = await runLeft(
        assessment().execute({ user, token: session.session_token, answers: bad }),
        'ProfessionNotCandidate',
      );
      expect(error.profession_id).to.equal(outsider);
      expect(await runRight(w.repos.ikigai.findAnswers(session.id))).to.deep.equal({});
      expect(w.db.transactions.at(-1)).to.equal('rollback');
      expect((await w.session(user, session.session_token)).status).to.equal('ikigai_ongoing');
    });
  });
});
