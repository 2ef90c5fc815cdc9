// @ts-nocheck
import type { SessionToken, UserId } from '@kenali/domain';
import { CAREER_PROFILE_CATEGORY_ID, ProfessionId as toProfessionId } from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { canonicalCode } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { type AnswerItem, I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { World } from './world.js';

describe('SubmitRiasec (FIT_CHECK and catalogue gaps)', function () {
  let w: World;
  let user: UserId;
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user();
    for (let i = 0; i < 3; i++) w.profession('I');
  });

  const submit = (token: SessionToken, answers: readonly AnswerItem[]) =>
    w.submitRiasec.execute({ user, token, answers });

  describe('catalogue gaps', function () {
    it('answers CatalogIncomplete and stores nothing when no profession matches', async function () {
      const bare = new World().withCodes();
      const someone = bare.user();
      const { session_token, question_ids } = await bare.started(someone);
      const error = await runLeft(
        bare.submitRiasec.execute({
          user: someone,
          token: session_token,
          answers: answersFor(I_SINGLE, question_ids),
        }),
        'CatalogIncomplete',
      );
      expect(error.riasec_code).to.equal('I');
      const session = await bare.session(someone, session_token);
      expect(session.status).to.equal('riasec_ongoing');
      expect(bare.db.state.submissions.size).to.equal(0);
      expect(bare.db.transactions.at(-1)).to.equal('rollback');
    });

    it('answers RiasecCodeNotFound when the derived code is missing from riasec_codes', async function () {
      w.db.state.codes.delete(Number(canonicalCode('I').id));
      const { session_token, question_ids } = await w.started(user);
      const error = await runLeft(
        submit(session_token, answersFor(I_SINGLE, question_ids)),
        'RiasecCodeNotFound',
      );
      expect(error.riasec_code).to.equal('I');
      await w.expectRiasecUntouched(user, session_token);
    });
  });

  describe('a FIT_CHECK session', function () {
    it('completes at submit with a fit-check verdict, a completed history row and the first career profile', async function () {
      const target = w.profession('I');
      const { session_token, question_ids } = await w.started(user, 'FIT_CHECK', target);
      w.clock.advance(20 * 60_000);
      const response = await runRight(submit(session_token, answersFor(I_SINGLE, question_ids)));
      expect(response).to.deep.include({
        status: 'completed',
        test_goal: 'FIT_CHECK',
        next_step: 'fit_check_result',
      });

      const session = await w.session(user, session_token);
      expect(session).to.deep.include({
        status: 'completed',
        riasec_completed_at: w.clock.now(),
        ikigai_completed_at: null,
        completed_at: w.clock.now(),
      });
      expect(await runRight(w.repos.fitChecks.find(session.id))).to.deep.equal(
        O.some({
          session: session.id,
          profession_id: target,
          user_riasec_code_id: canonicalCode('I').id,
          profession_riasec_code_id: canonicalCode('I').id,
          match_category: 'HIGH',
          rule_type: 'exact_match',
          dominant_letter_same: true,
          is_adjacent_hexagon: true,
          match_score: 1,
          created_at: w.clock.now(),
        }),
      );
      expect(w.db.state.history).to.deep.include({
        id: 1,
        user,
        category: CAREER_PROFILE_CATEGORY_ID,
        session: Number(session.id),
        status: 'completed',
        started_at: session.started_at,
        completed_at: w.clock.now(),
      });
      expect(await runRight(w.repos.careerProfiles.find(user))).to.deep.equal(
        O.some({
          user,
          activeSession: session.id,
          pinned: true,
          source: 'AUTO_FIRST_TIME',
          setAt: w.clock.now(),
        }),
      );
    });

    it('leaves an existing career profile pointing at the first finished test', async function () {
      const target = w.profession('I');
      const first = await w.started(user, 'FIT_CHECK', target);
      await runRight(submit(first.session_token, answersFor(I_SINGLE, first.question_ids)));
      const second = await w.started(user, 'FIT_CHECK', target);
      await runRight(submit(second.session_token, answersFor(I_SINGLE, second.question_ids)));
      const profile = O.toUndefined(await runRight(w.repos.careerProfiles.find(user)));
      expect(profile?.activeSession).to.equal((await w.session(user, first.session_token)).id);
    });

    it('stores nothing when the target profession does not exist', async function () {
      const { session_token, question_ids } = await w.started(user, 'FIT_CHECK', toProfessionId(999_999));
      const error = await runLeft(
        submit(session_token, answersFor(I_SINGLE, question_ids)),
        'TargetProfessionNotFound',
      );
      expect(error.profession_id).to.equal(999_999);
      await w.expectRiasecUntouched(user, session_token);
    });

    it('stores nothing when the target profession has no RIASEC code', async function () {
      const target = w.profession(null);
      const { session_token, question_ids } = await w.started(user, 'FIT_CHECK', target);
      await runLeft(
        submit(session_token, answersFor(I_SINGLE, question_ids)),
        'TargetProfessionUnclassified',
      );
      await w.expectRiasecUntouched(user, session_token);
    });
  });
});
