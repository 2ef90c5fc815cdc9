// @ts-nocheck
import type { RecommendationRepository, Session } from '@kenali/domain';
import { ProfessionId } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { RecommendationMother, ScoresMother } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import { type ContractSubject, seedRecommendationSession } from './contract-subject.js';

const AT = new Date('2026-03-01T09:30:00.000Z');
const scores = () =>
  ScoresMother.forProfessions([ProfessionId(201), ProfessionId(202), ProfessionId(203)], AT);

/** Behaviour every RecommendationRepository must have: one document per session, the first writer wins. */
export const recommendationRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<RecommendationRepository>>,
): void => {
  describe(`${name} honours the RecommendationRepository contract`, function () {
    let s: ContractSubject<RecommendationRepository>;
    let session: Session;
    beforeEach(async function () {
      s = await makeSubject();
      session = await seedRecommendationSession(s.harness, 'completed');
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('finds nothing before a recommendation is saved', async function () {
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.none);
    });

    it('saveOnce stores the document (true) and find reads it back unchanged', async function () {
      const recommendation = RecommendationMother.fromScores(scores(), AT);
      expect(await runRight(s.subject.saveOnce(session.id, recommendation))).to.equal(true);
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.some(recommendation));
    });

    it('a second saveOnce returns false and the first document stays', async function () {
      const first = RecommendationMother.fromScores(scores(), AT);
      await runRight(s.subject.saveOnce(session.id, first));
      const second = RecommendationMother.fromScores(
        scores(),
        new Date('2026-03-02T00:00:00.000Z'),
        'model-b',
      );
      expect(await runRight(s.subject.saveOnce(session.id, second))).to.equal(false);
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.some(first));
    });

    it('refuses a document whose two top professions are the same', async function () {
      const broken = { ...RecommendationMother.fromScores(scores(), AT), topProfession2: 201 };
      await runLeft(s.subject.saveOnce(session.id, broken), 'PortError');
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.none);
    });
  });
};
