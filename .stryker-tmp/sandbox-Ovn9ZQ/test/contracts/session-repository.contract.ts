// @ts-nocheck
import type { SessionRepository } from '@kenali/domain';
import { ProfessionId, SessionId, SessionToken, UserId } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { SessionMother, uuid } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import { type ContractSubject, seedSession } from './contract-subject.js';

const AT = new Date('2026-03-01T09:15:30.123Z');
const LATER = new Date('2026-03-01T10:45:00.456Z');

/** Behaviour every SessionRepository must have (ownership is part of every lookup). */
export const sessionRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<SessionRepository>>,
): void => {
  describe(`${name} honours the SessionRepository contract`, function () {
    let s: ContractSubject<SessionRepository>;
    beforeEach(async function () {
      s = await makeSubject();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('inserts a riasec_ongoing session and finds it again by owner and token', async function () {
      const user = await s.harness.seed.user();
      const fresh = SessionMother.recommendation(user, { persona_type: 'BUILDER', started_at: AT });
      const inserted = await runRight(s.subject.insert(fresh));
      expect(inserted).to.deep.include({
        user_id: user,
        session_token: fresh.session_token,
        persona_type: 'BUILDER',
        test_goal: 'RECOMMENDATION',
        target_profession_id: null,
        uses_ikigai: true,
        status: 'riasec_ongoing',
        algorithm_version: '1.0',
        question_set_version: '1.0',
      });
      expect(inserted.started_at.toISOString()).to.equal(AT.toISOString());
      const found = await runRight(s.subject.findOwned(user, fresh.session_token));
      expect(found).to.deep.equal(O.some(inserted));
    });

    it('gives every inserted session its own id', async function () {
      const user = await s.harness.seed.user();
      const first = await runRight(s.subject.insert(SessionMother.recommendation(user)));
      const second = await runRight(s.subject.insert(SessionMother.recommendation(user)));
      expect(first.id).to.not.equal(second.id);
    });

    it("treats another user's session as absent in every lookup", async function () {
      const owner = await s.harness.seed.user();
      const stranger = await s.harness.seed.user();
      const session = await seedSession(s.harness.repos, SessionMother.recommendation(owner));
      expect(await runRight(s.subject.findOwned(stranger, session.session_token))).to.deep.equal(O.none);
      expect(await runRight(s.subject.findOwnedForUpdate(stranger, session.session_token))).to.deep.equal(
        O.none,
      );
      expect(await runRight(s.subject.findOwnedById(stranger, session.id))).to.deep.equal(O.none);
      expect(await runRight(s.subject.findActive(stranger))).to.deep.equal(O.none);
    });

    it('answers none for an unknown token or id', async function () {
      const user = await s.harness.seed.user();
      expect(await runRight(s.subject.findOwned(user, SessionToken(uuid())))).to.deep.equal(O.none);
      expect(await runRight(s.subject.findOwnedById(user, SessionId(987_654_321)))).to.deep.equal(O.none);
    });

    it('finds the owner’s session by row id and for update', async function () {
      const user = await s.harness.seed.user();
      const session = await seedSession(s.harness.repos, SessionMother.recommendation(user));
      expect(await runRight(s.subject.findOwnedById(user, session.id))).to.deep.equal(O.some(session));
      expect(await runRight(s.subject.findOwnedForUpdate(user, session.session_token))).to.deep.equal(
        O.some(session),
      );
    });

    it('reports only riasec_ongoing and ikigai_ongoing sessions as active', async function () {
      const user = await s.harness.seed.user();
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.none);
      const ongoing = await seedSession(s.harness.repos, SessionMother.recommendation(user));
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.some(ongoing));

      const done = SessionMother.advanced(ongoing, 'riasec_completed', AT);
      await runRight(s.subject.saveTransition(done));
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.none);

      const ikigai = SessionMother.advanced(ongoing, 'ikigai_ongoing', AT);
      await runRight(s.subject.saveTransition(ikigai));
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.some(ikigai));

      await runRight(s.subject.saveTransition(SessionMother.advanced(ongoing, 'completed', AT)));
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.none);
    });

    it('returns the most recently started active session when there are several', async function () {
      const user = await s.harness.seed.user();
      await seedSession(s.harness.repos, SessionMother.recommendation(user, { started_at: AT }));
      const newer = await seedSession(
        s.harness.repos,
        SessionMother.recommendation(user, { started_at: LATER }),
      );
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.some(newer));
    });

    it('persists the status and exact timestamps of a RIASEC completion', async function () {
      const user = await s.harness.seed.user();
      const session = await seedSession(s.harness.repos, SessionMother.recommendation(user));
      await runRight(s.subject.saveTransition(SessionMother.advanced(session, 'riasec_completed', AT)));
      const found = O.toUndefined(await runRight(s.subject.findOwned(user, session.session_token)));
      expect(found).to.deep.include({ status: 'riasec_completed', riasec_completed_at: AT });
    });

    it('persists a completed RECOMMENDATION session with all three timestamps', async function () {
      const user = await s.harness.seed.user();
      const session = await seedSession(
        s.harness.repos,
        SessionMother.recommendation(user),
        'ikigai_ongoing',
      );
      const completed = SessionMother.advanced(session, 'completed', AT);
      await runRight(s.subject.saveTransition(completed));
      const found = await runRight(s.subject.findOwned(user, session.session_token));
      expect(found).to.deep.equal(O.some(completed));
      expect(completed).to.deep.include({
        riasec_completed_at: AT,
        completed_at: new Date(AT.getTime() + 60_000),
      });
    });

    it('persists a completed FIT_CHECK session without an Ikigai timestamp', async function () {
      const user = await s.harness.seed.user();
      const fresh = SessionMother.fitCheck(user, ProfessionId(424_242));
      const session = await seedSession(s.harness.repos, fresh);
      await runRight(s.subject.saveTransition(SessionMother.advanced(session, 'completed', LATER)));
      const found = O.toUndefined(await runRight(s.subject.findOwned(user, session.session_token)));
      expect(found).to.deep.include({
        status: 'completed',
        test_goal: 'FIT_CHECK',
        target_profession_id: 424_242,
        uses_ikigai: false,
        riasec_completed_at: LATER,
        ikigai_completed_at: null,
        completed_at: LATER,
      });
    });

    it('refuses a second session with the same token as a conflict', async function () {
      const user = await s.harness.seed.user();
      const fresh = SessionMother.recommendation(user);
      await runRight(s.subject.insert(fresh));
      const error = await runLeft(s.subject.insert({ ...fresh, started_at: LATER }), 'PortError');
      expect(error.reason).to.equal('conflict');
    });

    it('refuses a FIT_CHECK session without a target profession', async function () {
      const user = await s.harness.seed.user();
      const fresh = SessionMother.fitCheck(user, ProfessionId(1), { target_profession_id: null });
      await runLeft(s.subject.insert(fresh), 'PortError');
      expect(await runRight(s.subject.findOwned(user, fresh.session_token))).to.deep.equal(O.none);
    });

    it('refuses a session of an unknown user', async function () {
      const fresh = SessionMother.recommendation(UserId(uuid()));
      await runLeft(s.subject.insert(fresh), 'PortError');
    });

    it('takes the per-user start lock without error', async function () {
      const user = await s.harness.seed.user();
      await runRight(s.subject.lockUser(user));
      expect(await runRight(s.subject.findActive(user))).to.deep.equal(O.none);
    });
  });
};
