// @ts-nocheck
import type { FitCheckRecord, FitCheckRepository, Session } from '@kenali/domain';
import { ProfessionId, RiasecCodeId } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { SessionMother } from '../fakes/mothers/index.js';
import { runLeft, runRight } from '../support/expect-either.js';
import { type ContractSubject, seedSession } from './contract-subject.js';

const recordFor = (session: Session, overrides: Partial<FitCheckRecord> = {}): FitCheckRecord => ({
  session: session.id,
  profession_id: session.target_profession_id ?? ProfessionId(1),
  user_riasec_code_id: RiasecCodeId(2),
  profession_riasec_code_id: RiasecCodeId(9),
  match_category: 'MEDIUM',
  rule_type: 'dominant_same',
  dominant_letter_same: true,
  is_adjacent_hexagon: false,
  match_score: 0.83,
  created_at: new Date('2026-03-01T09:00:00.000Z'),
  ...overrides,
});

/** Behaviour every FitCheckRepository must have: one verdict per FIT_CHECK session, read back unchanged. */
export const fitCheckRepositoryContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<FitCheckRepository>>,
): void => {
  describe(`${name} honours the FitCheckRepository contract`, function () {
    let s: ContractSubject<FitCheckRepository>;
    let session: Session;
    beforeEach(async function () {
      s = await makeSubject();
      const user = await s.harness.seed.user();
      session = await seedSession(
        s.harness.repos,
        SessionMother.fitCheck(user, ProfessionId(31_337)),
        'completed',
      );
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('finds nothing for a session without a verdict', async function () {
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.none);
    });

    it('reads back the saved verdict field for field', async function () {
      const record = recordFor(session);
      await runRight(s.subject.save(record));
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.some(record));
    });

    it('keeps the match score to two decimals', async function () {
      await runRight(s.subject.save(recordFor(session, { match_score: 1, match_category: 'HIGH' })));
      const found = O.toUndefined(await runRight(s.subject.find(session.id)));
      expect(found).to.deep.include({ match_score: 1, match_category: 'HIGH' });
    });

    it('refuses a second verdict for the same session and keeps the first', async function () {
      const record = recordFor(session);
      await runRight(s.subject.save(record));
      const error = await runLeft(s.subject.save(recordFor(session, { match_category: 'LOW' })), 'PortError');
      expect(error.reason).to.equal('conflict');
      expect(await runRight(s.subject.find(session.id))).to.deep.equal(O.some(record));
    });
  });
};
