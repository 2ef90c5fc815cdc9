// @ts-nocheck
import type { HistoryRepository } from '@kenali/domain';
import { CAREER_PROFILE_CATEGORY_ID } from '@kenali/domain';
import { expect } from 'chai';
import { runRight } from '../support/expect-either.js';
import { type ContractSubject, seedRecommendationSession } from './contract-subject.js';

const STARTED = new Date('2026-03-01T08:00:00.250Z');
const COMPLETED = new Date('2026-03-01T09:30:00.750Z');
const RIASEC_CATEGORY_ID = 1;

/** Behaviour every HistoryRepository must have: the rows the Go dashboards read. */
export const historyRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<HistoryRepository>>,
): void => {
  describe(`${name} honours the HistoryRepository contract`, function () {
    let s: ContractSubject<HistoryRepository>;
    beforeEach(async function () {
      s = await makeSubject();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('records a started test as an ongoing row of the user, category and session', async function () {
      const session = await seedRecommendationSession(s.harness);
      await runRight(
        s.subject.recordStarted(session.user_id, session.id, CAREER_PROFILE_CATEGORY_ID, STARTED),
      );
      expect(await s.harness.seed.history(session.id)).to.deep.equal([
        {
          user: session.user_id,
          category: CAREER_PROFILE_CATEGORY_ID,
          status: 'ongoing',
          started_at: STARTED,
          completed_at: null,
        },
      ]);
    });

    it('flips the CAREER_PROFILE row of the session to completed with its time', async function () {
      const session = await seedRecommendationSession(s.harness);
      await runRight(
        s.subject.recordStarted(session.user_id, session.id, CAREER_PROFILE_CATEGORY_ID, STARTED),
      );
      await runRight(s.subject.recordCompleted(session.id, COMPLETED));
      const [row] = await s.harness.seed.history(session.id);
      expect(row).to.deep.include({ status: 'completed', started_at: STARTED, completed_at: COMPLETED });
    });

    it('completes only the CAREER_PROFILE row of that session', async function () {
      const session = await seedRecommendationSession(s.harness);
      const other = await seedRecommendationSession(s.harness);
      await runRight(
        s.subject.recordStarted(session.user_id, session.id, CAREER_PROFILE_CATEGORY_ID, STARTED),
      );
      await runRight(s.subject.recordStarted(session.user_id, session.id, RIASEC_CATEGORY_ID, STARTED));
      await runRight(s.subject.recordStarted(other.user_id, other.id, CAREER_PROFILE_CATEGORY_ID, STARTED));
      await runRight(s.subject.recordCompleted(session.id, COMPLETED));

      const rows = await s.harness.seed.history(session.id);
      const byCategory = new Map(rows.map((r) => [r.category, r.status]));
      expect(byCategory).to.deep.equal(
        new Map([
          [CAREER_PROFILE_CATEGORY_ID, 'completed'],
          [RIASEC_CATEGORY_ID, 'ongoing'],
        ]),
      );
      expect((await s.harness.seed.history(other.id)).map((r) => r.status)).to.deep.equal(['ongoing']);
    });

    it('completing a session without a history row changes nothing and succeeds', async function () {
      const session = await seedRecommendationSession(s.harness);
      await runRight(s.subject.recordCompleted(session.id, COMPLETED));
      expect(await s.harness.seed.history(session.id)).to.deep.equal([]);
    });
  });
};
