// @ts-nocheck
import type { FitCheckRecord, SessionReads, Session, UserId } from '@kenali/domain';
import { ProfessionId, RiasecCodeId, composedSessionReads } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import {
  ProfessionMother,
  RecommendationMother,
  RiasecMother,
  ScoresMother,
  SessionMother,
} from '../fakes/mothers/index.js';
import { runRight } from '../support/expect-either.js';
import {
  type ContractHarness,
  type ContractSubject,
  seedRecommendationSession,
  seedSession,
} from './contract-subject.js';

const AT = new Date('2026-03-01T09:10:00.000Z');

const saveOutcome = async (harness: ContractHarness, session: Session) => {
  const code = await harness.seed.code('S');
  const professions = [
    await harness.seed.profession(ProfessionMother.withCode('S')),
    await harness.seed.profession(ProfessionMother.withCode('S')),
  ];
  const outcome = RiasecMother.outcome(code, professions, AT);
  await runRight(harness.repos.riasec.saveSubmission(RiasecMother.submission(session.id, outcome, AT)));
  return { outcome, professions };
};

const verdict = (session: Session): FitCheckRecord => ({
  session: session.id,
  profession_id: session.target_profession_id ?? ProfessionId(1),
  user_riasec_code_id: RiasecCodeId(4),
  profession_riasec_code_id: RiasecCodeId(7),
  match_category: 'LOW',
  rule_type: 'permutation_match',
  dominant_letter_same: false,
  is_adjacent_hexagon: true,
  match_score: 0.42,
  created_at: AT,
});

/**
 * Behaviour every SessionReads must have: each read answers exactly what the repositories answer one query
 * after another (`composedSessionReads`), and nothing at all for a missing or foreign session.
 */
export const sessionReadsContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<SessionReads>>,
): void => {
  describe(`${name} honours the SessionReads contract`, function () {
    let s: ContractSubject<SessionReads>;
    let reference: SessionReads;
    beforeEach(async function () {
      s = await makeSubject();
      reference = composedSessionReads(s.harness.repos);
    });
    afterEach(async function () {
      await s.cleanup();
    });

    /** Every read of `session` as `user`, from the subject and from the reference. */
    const everyRead = async (user: UserId, session: Session) => {
      const run = async (reads: SessionReads) => ({
        riasec: await runRight(reads.riasec(user, session.session_token)),
        ikigaiTotals: await runRight(reads.ikigaiTotals(user, session.session_token)),
        fitCheck: await runRight(reads.fitCheck(user, session.session_token)),
        recommendation: await runRight(reads.recommendation(user, session.session_token)),
      });
      return { subject: await run(s.subject), reference: await run(reference) };
    };

    it('reads nothing for a foreign session or an unknown token', async function () {
      const session = await seedRecommendationSession(s.harness, 'completed');
      const stranger = await s.harness.seed.user();
      const { subject } = await everyRead(stranger, session);
      expect(subject).to.deep.equal({
        riasec: O.none,
        ikigaiTotals: O.none,
        fitCheck: O.none,
        recommendation: O.none,
      });
      const unknown = { ...session, session_token: SessionMother.recommendation(stranger).session_token };
      expect((await everyRead(session.user_id, unknown)).subject.riasec).to.deep.equal(O.none);
    });

    it('reads the session with no rows before any were written', async function () {
      const session = await seedRecommendationSession(s.harness, 'riasec_ongoing');
      const { subject, reference: expected } = await everyRead(session.user_id, session);
      expect(subject).to.deep.equal(expected);
      expect(subject.riasec).to.deep.equal(O.some({ session, outcome: O.none }));
      expect(subject.recommendation).to.deep.equal(
        O.some({ session, outcome: O.none, recommendation: O.none }),
      );
    });

    it('reads the RIASEC outcome, the total scores and the recommendation with the session', async function () {
      const session = await seedRecommendationSession(s.harness, 'completed');
      const { outcome, professions } = await saveOutcome(s.harness, session);
      const scores = ScoresMother.forProfessions(professions, AT);
      await runRight(s.harness.repos.ikigai.saveScores(session.id, scores));
      const recommendation = RecommendationMother.fromScores(scores, AT);
      await runRight(s.harness.repos.recommendations.saveOnce(session.id, recommendation));

      const { subject, reference: expected } = await everyRead(session.user_id, session);
      expect(subject).to.deep.equal(expected);
      expect(subject.riasec).to.deep.equal(O.some({ session, outcome: O.some(outcome) }));
      expect(subject.ikigaiTotals).to.deep.equal(O.some({ session, totals: O.some(scores.totalScores) }));
      expect(subject.recommendation).to.deep.equal(
        O.some({ session, outcome: O.some(outcome), recommendation: O.some(recommendation) }),
      );
    });

    it('reads a FIT_CHECK verdict with its session', async function () {
      const user = await s.harness.seed.user();
      const session = await seedSession(
        s.harness.repos,
        SessionMother.fitCheck(user, ProfessionId(4_242)),
        'completed',
      );
      const record = verdict(session);
      await runRight(s.harness.repos.fitChecks.save(record));
      const { subject, reference: expected } = await everyRead(user, session);
      expect(subject).to.deep.equal(expected);
      expect(subject.fitCheck).to.deep.equal(O.some({ session, record: O.some(record) }));
    });
  });
};
