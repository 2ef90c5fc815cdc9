// @ts-nocheck
import type { UserId } from '@kenali/domain';
import {
  CAREER_PROFILE_CATEGORY_ID,
  ProfessionId,
  StartSession,
  TEST_DEBIT_DESCRIPTION,
  shuffledQuestionIds,
} from '@kenali/domain';
import { expect } from 'chai';
import * as O from 'fp-ts/lib/Option.js';
import { SessionMother } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { RECOMMENDATION_COST, World } from './world.js';

const recommendation = (user: UserId, persona = 'PATHFINDER') => ({
  user,
  goal: 'RECOMMENDATION' as const,
  persona,
  targetProfessionId: null,
});
const fitCheck = (user: UserId, persona = 'BUILDER', target: number | null = 42) => ({
  user,
  goal: 'FIT_CHECK' as const,
  persona,
  targetProfessionId: target === null ? null : ProfessionId(target),
});

describe('StartSession', function () {
  let w: World;
  beforeEach(function () {
    w = new World();
  });

  /** Everything a start may write, to prove that a refused start wrote none of it. */
  const nothingStored = async (user: UserId, balance: number | undefined) => {
    expect(await runRight(w.repos.sessions.findActive(user))).to.deep.equal(O.none);
    expect(w.db.state.sessions.size, 'sessions').to.equal(0);
    expect(w.db.state.history, 'history rows').to.deep.equal([]);
    expect(w.db.state.questionSets.size, 'question sets').to.equal(0);
    expect(w.db.state.ledger, 'ledger rows').to.deep.equal([]);
    expect(w.db.state.wallets.get(user), 'balance').to.equal(balance);
  };

  describe('a RECOMMENDATION start', function () {
    it('debits the price once, with a ledger row that references the session token', async function () {
      const user = w.user(10);
      const out = await runRight(w.startSession.execute(recommendation(user)));
      expect(w.db.state.wallets.get(user)).to.equal(10 - RECOMMENDATION_COST);
      expect(w.db.state.ledger).to.deep.equal([
        {
          user,
          direction: 'OUT',
          amount: RECOMMENDATION_COST,
          balance_before: 10,
          balance_after: 7,
          reference: out.session_token,
          description: TEST_DEBIT_DESCRIPTION,
          occurred_at: w.clock.now(),
        },
      ]);
    });

    it('stores a riasec_ongoing session that uses Ikigai and has no target', async function () {
      const user = w.user();
      const out = await runRight(
        w.startSession.execute({ ...recommendation(user), targetProfessionId: ProfessionId(7) }),
      );
      expect(out).to.deep.include({
        session_token: w.ids.issued[0],
        test_goal: 'RECOMMENDATION',
        status: 'riasec_ongoing',
      });
      expect(await w.session(user, out.session_token)).to.deep.include({
        persona_type: 'PATHFINDER',
        test_goal: 'RECOMMENDATION',
        target_profession_id: null,
        uses_ikigai: true,
        status: 'riasec_ongoing',
        started_at: w.clock.now(),
      });
    });

    it('records an ongoing CAREER_PROFILE history row for the session', async function () {
      const user = w.user();
      const out = await runRight(w.startSession.execute(recommendation(user)));
      const session = await w.session(user, out.session_token);
      expect(w.db.state.history).to.deep.equal([
        {
          id: 1,
          user,
          category: CAREER_PROFILE_CATEGORY_ID,
          session: Number(session.id),
          status: 'ongoing',
          started_at: w.clock.now(),
          completed_at: null,
        },
      ]);
    });

    it('stores the question order it answers with: all 72 ids, shuffled by the token', async function () {
      const user = w.user();
      const out = await runRight(w.startSession.execute(recommendation(user)));
      const session = await w.session(user, out.session_token);
      expect(out.total_questions).to.equal(72);
      expect([...out.question_ids].sort((a, b) => a - b)).to.deep.equal(
        Array.from({ length: 72 }, (_, i) => i + 1),
      );
      expect(out.question_ids).to.deep.equal(shuffledQuestionIds(out.session_token));
      expect(await runRight(w.repos.riasec.findQuestionSet(session.id))).to.deep.equal(
        O.some(out.question_ids),
      );
    });

    it('costs nothing when the price is configured as 0', async function () {
      const user = w.user(0);
      const free = new StartSession(w.uow, w.clock, w.ids, 0);
      await runRight(free.execute(recommendation(user)));
      expect(w.db.state.wallets.get(user)).to.equal(0);
      expect(w.db.state.ledger).to.deep.equal([]);
    });
  });

  describe('persona rules', function () {
    it('accepts any letter case and stores the persona upper case', async function () {
      const user = w.user();
      const out = await runRight(w.startSession.execute(recommendation(user, ' aChIeVeR ')));
      expect((await w.session(user, out.session_token)).persona_type).to.equal('ACHIEVER');
    });

    it('refuses PATHFINDER for a FIT_CHECK before any transaction opens', async function () {
      const user = w.user();
      const error = await runLeft(w.startSession.execute(fitCheck(user, 'pathfinder')), 'InvalidPersona');
      expect(error).to.deep.equal({
        _tag: 'InvalidPersona',
        given: 'pathfinder',
        allowed: ['BUILDER', 'ACHIEVER'],
      });
      expect(w.db.transactions).to.deep.equal([]);
      await nothingStored(user, 10);
    });

    it('refuses a persona that does not exist', async function () {
      const user = w.user();
      const error = await runLeft(w.startSession.execute(recommendation(user, 'EXPLORER')), 'InvalidPersona');
      expect(error.allowed).to.deep.equal(['PATHFINDER', 'BUILDER', 'ACHIEVER']);
      await nothingStored(user, 10);
    });
  });

  describe('retake protection', function () {
    it('refuses a second start while a session is ongoing, without a second debit', async function () {
      const user = w.user(10);
      const first = await runRight(w.startSession.execute(recommendation(user)));
      const error = await runLeft(w.startSession.execute(recommendation(user)), 'ActiveSessionExists');
      expect(error.session.session_token).to.equal(first.session_token);
      expect(w.db.state.wallets.get(user)).to.equal(7);
      expect(w.db.state.ledger).to.have.length(1);
      expect(w.db.state.sessions.size).to.equal(1);
    });

    it('checks for an active session before the debit: a broke user hears about the session, not the tokens', async function () {
      const user = w.user(0);
      await runRight(w.startSession.execute(fitCheck(user)));
      await runLeft(w.startSession.execute(recommendation(user)), 'ActiveSessionExists');
      expect(w.db.state.ledger).to.deep.equal([]);
    });

    it('also blocks while the Ikigai phase is ongoing', async function () {
      const user = w.user();
      const session = await runRight(w.repos.sessions.insert(SessionMother.recommendation(user)));
      await runRight(
        w.repos.sessions.saveTransition(SessionMother.advanced(session, 'ikigai_ongoing', w.clock.now())),
      );
      await runLeft(w.startSession.execute(recommendation(user)), 'ActiveSessionExists');
      expect(w.db.state.wallets.get(user)).to.equal(10);
    });

    it('lets a user start again once the earlier session is completed', async function () {
      const user = w.user();
      const session = await runRight(w.repos.sessions.insert(SessionMother.recommendation(user)));
      await runRight(
        w.repos.sessions.saveTransition(SessionMother.advanced(session, 'completed', w.clock.now())),
      );
      await runRight(w.startSession.execute(recommendation(user)));
      expect(w.db.state.sessions.size).to.equal(2);
    });

    it('lets only one of many concurrent starts through, with one debit', async function () {
      const user = w.user(30);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => w.startSession.execute(recommendation(user))()),
      );
      expect(results.filter((r) => r._tag === 'Right')).to.have.length(1);
      expect(w.db.state.sessions.size).to.equal(1);
      expect(w.db.state.ledger).to.have.length(1);
      expect(w.db.state.wallets.get(user)).to.equal(27);
    });
  });

  describe('payment failures', function () {
    it('leaves no session when the tokens do not cover the price, and the balance as it was', async function () {
      const user = w.user(2);
      const error = await runLeft(w.startSession.execute(recommendation(user)), 'InsufficientTokens');
      expect(error).to.deep.equal({ _tag: 'InsufficientTokens', balance: 2, required: RECOMMENDATION_COST });
      expect(w.db.transactions).to.deep.equal(['rollback']);
      await nothingStored(user, 2);
    });

    it('answers WalletNotFound for a user without a wallet and stores nothing', async function () {
      const user = w.user(null);
      await runLeft(w.startSession.execute(recommendation(user)), 'WalletNotFound');
      await nothingStored(user, undefined);
    });

    it('rolls the debit back when a later write fails', async function () {
      const user = w.user(10);
      w.db.faults.failNext('riasec.saveQuestionSet');
      const error = await runLeft(w.startSession.execute(recommendation(user)), 'PortError');
      expect(error.port).to.equal('riasec');
      await nothingStored(user, 10);
    });
  });

  describe('a FIT_CHECK start', function () {
    it('is free: no debit even with an empty wallet', async function () {
      const user = w.user(0);
      await runRight(w.startSession.execute(fitCheck(user)));
      expect(w.db.state.wallets.get(user)).to.equal(0);
      expect(w.db.state.ledger).to.deep.equal([]);
    });

    it('stores the target profession and no Ikigai phase', async function () {
      const user = w.user();
      const out = await runRight(w.startSession.execute(fitCheck(user, 'achiever', 4242)));
      expect(out.test_goal).to.equal('FIT_CHECK');
      expect(await w.session(user, out.session_token)).to.deep.include({
        persona_type: 'ACHIEVER',
        target_profession_id: 4242,
        uses_ikigai: false,
      });
    });
  });
});
