// @ts-nocheck
import type { RiasecRepository } from '@kenali/domain';
import { RiasecCodeId, shuffledQuestionIds } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { ProfessionMother, RiasecMother } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import { type ContractSubject, type ContractHarness, seedRecommendationSession } from './contract-subject.js';

const AT = new Date('2026-03-01T08:40:00.000Z');

const outcomeFixture = async (harness: ContractHarness) => {
  const code = await harness.seed.code('I');
  const first = await harness.seed.profession(ProfessionMother.withCode('I'));
  const second = await harness.seed.profession(ProfessionMother.withCode('I'));
  return RiasecMother.outcome(code, [first, second], AT);
};

/** Behaviour every RiasecRepository must have: question order and outcome, each written once per session. */
export const riasecRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<RiasecRepository>>,
): void => {
  describe(`${name} honours the RiasecRepository contract`, function () {
    let s: ContractSubject<RiasecRepository>;
    beforeEach(async function () {
      s = await makeSubject();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('has no question set before one is saved', async function () {
      const session = await seedRecommendationSession(s.harness);
      expect(await runRight(s.subject.findQuestionSet(session.id))).to.deep.equal(O.none);
    });

    it('stores the question order exactly as given', async function () {
      const session = await seedRecommendationSession(s.harness);
      const order = shuffledQuestionIds(session.session_token);
      await runRight(s.subject.saveQuestionSet(session.id, order, AT));
      expect(await runRight(s.subject.findQuestionSet(session.id))).to.deep.equal(O.some(order));
    });

    it('refuses a second question set for the same session and keeps the first', async function () {
      const session = await seedRecommendationSession(s.harness);
      const order = shuffledQuestionIds(session.session_token);
      await runRight(s.subject.saveQuestionSet(session.id, order, AT));
      const error = await runLeft(
        s.subject.saveQuestionSet(session.id, [...order].reverse(), AT),
        'PortError',
      );
      expect(error.reason).to.equal('conflict');
      expect(await runRight(s.subject.findQuestionSet(session.id))).to.deep.equal(O.some(order));
    });

    it('has no outcome before the submission', async function () {
      const session = await seedRecommendationSession(s.harness);
      expect(await runRight(s.subject.findOutcome(session.id))).to.deep.equal(O.none);
    });

    it('returns the saved outcome field for field, candidates document included', async function () {
      const session = await seedRecommendationSession(s.harness);
      const outcome = await outcomeFixture(s.harness);
      await runRight(s.subject.saveSubmission(RiasecMother.submission(session.id, outcome, AT)));
      expect(await runRight(s.subject.findOutcome(session.id))).to.deep.equal(O.some(outcome));
    });

    it('keeps the submitted answers with the outcome', async function () {
      const session = await seedRecommendationSession(s.harness);
      const submission = RiasecMother.submission(session.id, await outcomeFixture(s.harness), AT);
      await runRight(s.subject.saveSubmission(submission));
      expect(await s.harness.seed.riasecAnswers(session.id)).to.deep.equal(submission.answers);
    });

    it('refuses a second submission for the same session and keeps the first outcome', async function () {
      const session = await seedRecommendationSession(s.harness);
      const outcome = await outcomeFixture(s.harness);
      await runRight(s.subject.saveSubmission(RiasecMother.submission(session.id, outcome, AT)));
      const again = RiasecMother.submission(
        session.id,
        { ...outcome, scores: { ...outcome.scores, R: 12 } },
        AT,
      );
      const error = await runLeft(s.subject.saveSubmission(again), 'PortError');
      expect(error.reason).to.equal('conflict');
      expect(await runRight(s.subject.findOutcome(session.id))).to.deep.equal(O.some(outcome));
    });

    it('keeps outcomes of different sessions apart', async function () {
      const first = await seedRecommendationSession(s.harness);
      const second = await seedRecommendationSession(s.harness);
      const outcome = await outcomeFixture(s.harness);
      await runRight(s.subject.saveSubmission(RiasecMother.submission(first.id, outcome, AT)));
      expect(await runRight(s.subject.findOutcome(second.id))).to.deep.equal(O.none);
    });

    it('refuses an outcome whose code is not in the catalogue', async function () {
      const session = await seedRecommendationSession(s.harness);
      const outcome = await outcomeFixture(s.harness);
      const unknown = { ...outcome, riasec_code_id: RiasecCodeId(987_654) };
      await runLeft(s.subject.saveSubmission(RiasecMother.submission(session.id, unknown, AT)), 'PortError');
      expect(await runRight(s.subject.findOutcome(session.id))).to.deep.equal(O.none);
    });

    it('refuses an outcome without candidates', async function () {
      const session = await seedRecommendationSession(s.harness);
      const outcome = await outcomeFixture(s.harness);
      const empty = { ...outcome, candidates_data: { ...outcome.candidates_data, candidates: [] } };
      await runLeft(s.subject.saveSubmission(RiasecMother.submission(session.id, empty, AT)), 'PortError');
      expect(await runRight(s.subject.findOutcome(session.id))).to.deep.equal(O.none);
    });
  });
};
