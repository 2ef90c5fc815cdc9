import { AbandonSession, SessionToken } from '@kenali/domain';
import { expect } from 'chai';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { RECOMMENDATION_COST, World } from './world.js';

const HOUR = 3_600_000;

/** ADR 0018: no session can block its user for good. */
describe('a way out of every session', function () {
  let w: World;
  let abandon: AbandonSession;
  beforeEach(function () {
    w = new World().withCodes();
    w.profession('I');
    abandon = new AbandonSession(w.uow);
  });
  const historyOf = (user: string) => w.db.state.history.filter((r) => r.user === user).map((r) => r.status);

  describe('AbandonSession', function () {
    it('ends an unfinished session and its history row, without a refund, so a new test can start', async function () {
      const user = w.user(10);
      const { session_token } = await w.started(user);
      const out = await runRight(abandon.execute(user, session_token));
      expect(out).to.deep.include({ session_token, status: 'abandoned', tokens_refunded: 0 });
      expect((await w.session(user, session_token)).status).to.equal('abandoned');
      expect(historyOf(user)).to.deep.equal(['abandoned']);
      expect(w.db.state.wallets.get(user)).to.equal(10 - RECOMMENDATION_COST);
      await w.started(user);
      expect(historyOf(user)).to.deep.equal(['abandoned', 'ongoing']);
    });

    it('is idempotent: abandoning again answers the same and writes nothing', async function () {
      const user = w.user();
      const { session_token } = await w.started(user);
      const first = await runRight(abandon.execute(user, session_token));
      const writes = w.db.transactions.length;
      expect(await runRight(abandon.execute(user, session_token))).to.deep.equal(first);
      expect(w.db.transactions.length).to.equal(writes + 1);
      expect(historyOf(user)).to.deep.equal(['abandoned']);
    });

    it('keeps the RIASEC timestamp of a session abandoned in its Ikigai phase', async function () {
      const user = w.user();
      const session = await w.ikigaiOngoing(user);
      await runRight(abandon.execute(user, session.session_token));
      const after = await w.session(user, session.session_token);
      expect(after).to.deep.include({ status: 'abandoned' });
      expect('riasec_completed_at' in after && after.riasec_completed_at).to.be.instanceOf(Date);
    });

    it('refuses a foreign or unknown session (404) and a completed one (400), changing nothing', async function () {
      const [owner, stranger] = [w.user(), w.user()];
      const { session_token } = await w.started(owner);
      await runLeft(abandon.execute(stranger, session_token), 'SessionNotFound');
      await runLeft(abandon.execute(owner, SessionToken('no-such-token')), 'SessionNotFound');
      expect((await w.session(owner, session_token)).status).to.equal('riasec_ongoing');
      const done = w.user();
      const fit = await w.started(done, 'FIT_CHECK', w.profession('I'));
      w.db.state.sessions.forEach((row, id) => {
        if (row.session_token === fit.session_token)
          w.db.state.sessions.set(id, {
            ...row,
            status: 'completed',
            riasec_completed_at: w.clock.now(),
            completed_at: w.clock.now(),
          });
      });
      const error = await runLeft(abandon.execute(done, fit.session_token), 'WrongStatus');
      expect(error.actual).to.equal('completed');
    });
  });

  describe('session expiry (SESSION_EXPIRY_HOURS)', function () {
    it('an unfinished session idle for the expiry stops blocking; the next start records it abandoned', async function () {
      const user = w.user(10);
      const first = await w.started(user);
      w.clock.advance(72 * HOUR - 1);
      const blocked = await runLeft(
        w.startSession.execute({
          user,
          goal: 'RECOMMENDATION',
          persona: 'BUILDER',
          targetProfessionId: null,
        }),
        'ActiveSessionExists',
      );
      expect(blocked.expiresAt.getTime()).to.equal(w.clock.now().getTime() + 1);
      w.clock.advance(1);
      const second = await w.started(user);
      expect(second.session_token).to.not.equal(first.session_token);
      expect((await w.session(user, first.session_token)).status).to.equal('abandoned');
      expect(historyOf(user)).to.deep.equal(['abandoned', 'ongoing']);
    });

    it('counts the RIASEC submission as activity', async function () {
      const user = w.user(10);
      const session = await w.ikigaiOngoing(user);
      const submittedAt = 'riasec_completed_at' in session ? session.riasec_completed_at : null;
      if (!submittedAt) throw new Error('expected a RIASEC timestamp');
      w.clock.set(new Date(submittedAt.getTime() + 72 * HOUR - 1));
      const blocked = await runLeft(
        w.startSession.execute({
          user,
          goal: 'RECOMMENDATION',
          persona: 'BUILDER',
          targetProfessionId: null,
        }),
        'ActiveSessionExists',
      );
      expect(blocked.session.session_token).to.equal(session.session_token);
    });
  });
});
