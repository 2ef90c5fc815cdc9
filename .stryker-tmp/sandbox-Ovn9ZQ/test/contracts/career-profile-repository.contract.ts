// @ts-nocheck
import type { ActiveCareerProfile, CareerProfileRepository, Session } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { SessionMother } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import { type ContractSubject, seedSession } from './contract-subject.js';

const FIRST_AT = new Date('2026-03-01T10:00:00.000Z');
const LATER_AT = new Date('2026-03-05T10:00:00.000Z');

const profileOf = (session: Session, overrides: Partial<ActiveCareerProfile> = {}): ActiveCareerProfile => ({
  user: session.user_id,
  activeSession: session.id,
  pinned: true,
  source: 'AUTO_FIRST_TIME',
  setAt: FIRST_AT,
  ...overrides,
});

/** Behaviour every CareerProfileRepository must have: one active-profile pointer per user. */
export const careerProfileRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<CareerProfileRepository>>,
): void => {
  describe(`${name} honours the CareerProfileRepository contract`, function () {
    let s: ContractSubject<CareerProfileRepository>;
    let first: Session;
    let second: Session;
    beforeEach(async function () {
      s = await makeSubject();
      const user = await s.harness.seed.user();
      first = await seedSession(s.harness.repos, SessionMother.recommendation(user), 'completed');
      second = await seedSession(s.harness.repos, SessionMother.recommendation(user), 'completed');
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('has no profile for a user who never finished a test', async function () {
      expect(await runRight(s.subject.find(first.user_id))).to.deep.equal(O.none);
    });

    it('setIfAbsent stores the first profile', async function () {
      await runRight(s.subject.setIfAbsent(profileOf(first)));
      expect(await runRight(s.subject.find(first.user_id))).to.deep.equal(O.some(profileOf(first)));
    });

    it('setIfAbsent leaves an existing profile alone', async function () {
      await runRight(s.subject.setIfAbsent(profileOf(first)));
      await runRight(s.subject.setIfAbsent(profileOf(second, { setAt: LATER_AT })));
      expect(await runRight(s.subject.find(first.user_id))).to.deep.equal(O.some(profileOf(first)));
    });

    it('set replaces the profile with the user’s choice', async function () {
      await runRight(s.subject.setIfAbsent(profileOf(first)));
      const chosen = profileOf(second, { source: 'USER_SELECTED', pinned: false, setAt: LATER_AT });
      await runRight(s.subject.set(chosen));
      expect(await runRight(s.subject.find(first.user_id))).to.deep.equal(O.some(chosen));
    });

    it('set also creates a missing profile', async function () {
      const chosen = profileOf(second, { source: 'USER_SELECTED' });
      await runRight(s.subject.set(chosen));
      expect(await runRight(s.subject.find(first.user_id))).to.deep.equal(O.some(chosen));
    });

    it("keeps users apart: another user's profile is not found", async function () {
      const other = await s.harness.seed.user();
      await runRight(s.subject.setIfAbsent(profileOf(first)));
      expect(await runRight(s.subject.find(other))).to.deep.equal(O.none);
    });

    it('refuses a profile pointing at a session that does not exist', async function () {
      const dangling = profileOf(first, { activeSession: (Number(second.id) + 1_000_000) as Session['id'] });
      await runLeft(s.subject.set(dangling), 'PortError');
      expect(await runRight(s.subject.find(first.user_id))).to.deep.equal(O.none);
    });
  });
};
