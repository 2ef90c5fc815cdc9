import type { IkigaiRepository, Session } from '@kenali/domain';
import { DIMENSION_KEYS, ProfessionId } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { DimensionMother, ScoresMother } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import { type ContractSubject, seedRecommendationSession } from './contract-subject.js';

const CREATED = new Date('2026-03-01T09:00:00.000Z');
const DONE = new Date('2026-03-01T09:20:00.500Z');

/** Behaviour every IkigaiRepository must have: write-once answers and insert-once score documents. */
export const ikigaiRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<IkigaiRepository>>,
): void => {
  describe(`${name} honours the IkigaiRepository contract`, function () {
    let s: ContractSubject<IkigaiRepository>;
    let session: Session;
    beforeEach(async function () {
      s = await makeSubject();
      session = await seedRecommendationSession(s.harness, 'ikigai_ongoing');
    });
    afterEach(async function () {
      await s.cleanup();
    });

    const answerAll = async () => {
      for (const key of DIMENSION_KEYS)
        await runRight(s.subject.saveAnswer(session.id, key, DimensionMother.answer()));
    };

    it('has no answers before the response row exists', async function () {
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({});
    });

    it('saveAnswer stores nothing (false) before the response row exists', async function () {
      expect(
        await runRight(s.subject.saveAnswer(session.id, 'what_you_love', DimensionMother.answer())),
      ).to.equal(false);
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({});
    });

    it('stores an answer once and reads it back unchanged', async function () {
      await runRight(s.subject.ensureResponseRow(session.id, CREATED));
      const answer = DimensionMother.answer({ selected_profession_id: 101, selection_type: 'selected' });
      expect(await runRight(s.subject.saveAnswer(session.id, 'what_you_love', answer))).to.equal(true);
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({ what_you_love: answer });
    });

    it('is write-once per dimension: a second answer returns false and changes nothing', async function () {
      await runRight(s.subject.ensureResponseRow(session.id, CREATED));
      const original = DimensionMother.answer();
      await runRight(s.subject.saveAnswer(session.id, 'what_you_are_good_at', original));
      const second = DimensionMother.answer({ reasoning_text: 'Jawaban lain yang datang kemudian.' });
      expect(await runRight(s.subject.saveAnswer(session.id, 'what_you_are_good_at', second))).to.equal(
        false,
      );
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({
        what_you_are_good_at: original,
      });
    });

    it('keeps each dimension in its own slot', async function () {
      await runRight(s.subject.ensureResponseRow(session.id, CREATED));
      const love = DimensionMother.answer();
      const paid = DimensionMother.answer();
      await runRight(s.subject.saveAnswer(session.id, 'what_you_love', love));
      await runRight(s.subject.saveAnswer(session.id, 'what_you_can_be_paid_for', paid));
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({
        what_you_love: love,
        what_you_can_be_paid_for: paid,
      });
    });

    it('ensureResponseRow is idempotent and never wipes stored answers', async function () {
      await runRight(s.subject.ensureResponseRow(session.id, CREATED));
      const love = DimensionMother.answer();
      await runRight(s.subject.saveAnswer(session.id, 'what_you_love', love));
      await runRight(s.subject.ensureResponseRow(session.id, DONE));
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({ what_you_love: love });
    });

    it('openAnswers creates the row when it is missing, then answers what it holds, never wiping it', async function () {
      expect(await runRight(s.subject.openAnswers(session.id, CREATED))).to.deep.equal({});
      const love = DimensionMother.answer();
      expect(await runRight(s.subject.saveAnswer(session.id, 'what_you_love', love))).to.equal(true);
      expect(await runRight(s.subject.openAnswers(session.id, DONE))).to.deep.equal({ what_you_love: love });
      expect(await runRight(s.subject.findAnswers(session.id))).to.deep.equal({ what_you_love: love });
    });

    it('refuses to mark the responses complete while a dimension is empty', async function () {
      await runRight(s.subject.ensureResponseRow(session.id, CREATED));
      await runRight(s.subject.saveAnswer(session.id, 'what_you_love', DimensionMother.answer()));
      await runLeft(s.subject.completeResponses(session.id, DONE), 'PortError');
      expect(await s.harness.seed.ikigaiCompletion(session.id)).to.deep.equal({
        completed: false,
        completed_at: null,
      });
    });

    it('marks the responses complete with the time once all four are answered', async function () {
      await runRight(s.subject.ensureResponseRow(session.id, CREATED));
      await answerAll();
      await runRight(s.subject.completeResponses(session.id, DONE));
      expect(await s.harness.seed.ikigaiCompletion(session.id)).to.deep.equal({
        completed: true,
        completed_at: DONE,
      });
    });

    it('has no scores before they are saved', async function () {
      expect(await runRight(s.subject.findScores(session.id))).to.deep.equal(O.none);
    });

    it('reads the saved score documents back unchanged', async function () {
      const scores = ScoresMother.forProfessions(
        [ProfessionId(101), ProfessionId(102), ProfessionId(103)],
        DONE,
      );
      await runRight(s.subject.saveScores(session.id, scores));
      expect(await runRight(s.subject.findScores(session.id))).to.deep.equal(O.some(scores));
    });

    it('refuses a second set of scores and keeps the first', async function () {
      const scores = ScoresMother.forProfessions([ProfessionId(101), ProfessionId(102)], DONE);
      await runRight(s.subject.saveScores(session.id, scores));
      const other = ScoresMother.forProfessions([ProfessionId(102), ProfessionId(101)], DONE);
      const error = await runLeft(s.subject.saveScores(session.id, other), 'PortError');
      expect(error.reason).to.equal('conflict');
      expect(await runRight(s.subject.findScores(session.id))).to.deep.equal(O.some(scores));
    });
  });
};
