import type { Session, SessionStatus } from '@kenali/domain';
import {
  SessionId,
  SessionToken,
  UserId,
  abandonSession,
  completeIkigai,
  completeRiasec,
  requireCompleted,
  startIkigai,
} from '@kenali/domain';
import { expect } from 'chai';
import { expectLeft, expectRight } from '../../../support/expect-either.js';

const START = new Date('2026-03-01T08:00:00.000Z');
const LATER = new Date('2026-03-01T08:20:00.000Z');
const NOW = new Date('2026-03-01T09:00:00.000Z');

const base = {
  id: SessionId(1),
  user_id: UserId('u'),
  session_token: SessionToken('t'),
  persona_type: 'BUILDER',
  test_goal: 'RECOMMENDATION',
  target_profession_id: null,
  uses_ikigai: true,
  started_at: START,
  algorithm_version: '1.0',
  question_set_version: '1.0',
} as const;

const inStatus = (status: SessionStatus, overrides: Partial<Session> = {}): Session => {
  const timestamps = {
    riasec_ongoing: {},
    riasec_completed: { riasec_completed_at: LATER },
    ikigai_ongoing: { riasec_completed_at: LATER },
    abandoned: { riasec_completed_at: null },
    completed: { riasec_completed_at: LATER, ikigai_completed_at: NOW, completed_at: NOW },
  }[status];
  return { ...base, status, ...timestamps, ...overrides } as Session;
};
const STATUSES: SessionStatus[] = [
  'riasec_ongoing',
  'riasec_completed',
  'ikigai_ongoing',
  'completed',
  'abandoned',
];

describe('session transitions', function () {
  it('completeRiasec: RECOMMENDATION stops at riasec_completed, FIT_CHECK completes; others refuse', function () {
    expect(expectRight(completeRiasec(inStatus('riasec_ongoing'), NOW))).to.deep.equal({
      ...base,
      status: 'riasec_completed',
      riasec_completed_at: NOW,
    });
    const fit = inStatus('riasec_ongoing', { test_goal: 'FIT_CHECK', uses_ikigai: false });
    expect(expectRight(completeRiasec(fit, NOW))).to.deep.include({
      status: 'completed',
      riasec_completed_at: NOW,
      ikigai_completed_at: null,
      completed_at: NOW,
    });
    for (const status of STATUSES.filter((s) => s !== 'riasec_ongoing'))
      expect(expectLeft(completeRiasec(inStatus(status), NOW))).to.deep.equal({
        _tag: 'WrongStatus',
        actual: status,
        expected: ['riasec_ongoing'],
      });
  });

  it('startIkigai: checks the flag, then the goal, then the status; idempotent in the Ikigai phase', function () {
    expect(expectRight(startIkigai(inStatus('riasec_completed')))).to.deep.equal({
      session: { ...inStatus('riasec_completed'), status: 'ikigai_ongoing' },
      changed: true,
    });
    expect(expectRight(startIkigai(inStatus('ikigai_ongoing')))).to.deep.equal({
      session: inStatus('ikigai_ongoing'),
      changed: false,
    });
    expect(expectLeft(startIkigai(inStatus('riasec_completed', { uses_ikigai: false })))).to.deep.equal({
      _tag: 'IkigaiNotUsed',
    });
    expect(expectLeft(startIkigai(inStatus('riasec_completed', { test_goal: 'FIT_CHECK' })))).to.deep.equal({
      _tag: 'WrongGoal',
      actual: 'FIT_CHECK',
      expected: 'RECOMMENDATION',
    });
    // The flag is checked before the goal.
    const both = inStatus('riasec_completed', { test_goal: 'FIT_CHECK', uses_ikigai: false });
    expect(expectLeft(startIkigai(both))._tag).to.equal('IkigaiNotUsed');
    for (const status of ['riasec_ongoing', 'completed', 'abandoned'] as const)
      expect(expectLeft(startIkigai(inStatus(status)))).to.deep.equal({
        _tag: 'WrongStatus',
        actual: status,
        expected: ['riasec_completed', 'ikigai_ongoing'],
      });
  });

  it('completeIkigai: only from ikigai_ongoing, stamping both completion times', function () {
    expect(expectRight(completeIkigai(inStatus('ikigai_ongoing'), NOW))).to.deep.equal({
      ...inStatus('ikigai_ongoing'),
      status: 'completed',
      ikigai_completed_at: NOW,
      completed_at: NOW,
    });
    for (const status of STATUSES.filter((s) => s !== 'ikigai_ongoing'))
      expect(expectLeft(completeIkigai(inStatus(status), NOW))).to.deep.equal({
        _tag: 'WrongStatus',
        actual: status,
        expected: ['ikigai_ongoing'],
      });
  });

  it('requireCompleted: a finished session of the asked goal, or of any goal when none is asked', function () {
    const done = inStatus('completed');
    expect(expectRight(requireCompleted(done, 'RECOMMENDATION'))).to.equal(done);
    expect(expectRight(requireCompleted(done))).to.equal(done);
    expect(expectLeft(requireCompleted(done, 'FIT_CHECK'))).to.deep.equal({
      _tag: 'WrongGoal',
      actual: 'RECOMMENDATION',
      expected: 'FIT_CHECK',
    });
    for (const status of STATUSES.filter((s) => s !== 'completed'))
      expect(expectLeft(requireCompleted(inStatus(status)))).to.deep.equal({
        _tag: 'WrongStatus',
        actual: status,
        expected: ['completed'],
      });
  });

  it('abandonSession: every unfinished status ends, RIASEC time cleared only before submission', function () {
    expect(expectRight(abandonSession(inStatus('riasec_ongoing')))).to.deep.equal({
      session: { ...base, status: 'abandoned', riasec_completed_at: null },
      changed: true,
    });
    for (const status of ['riasec_completed', 'ikigai_ongoing'] as const)
      expect(expectRight(abandonSession(inStatus(status)))).to.deep.equal({
        session: { ...inStatus(status), status: 'abandoned' },
        changed: true,
      });
    expect(expectRight(abandonSession(inStatus('abandoned')))).to.deep.equal({
      session: inStatus('abandoned'),
      changed: false,
    });
    expect(expectLeft(abandonSession(inStatus('completed')))).to.deep.equal({
      _tag: 'WrongStatus',
      actual: 'completed',
      expected: ['riasec_ongoing', 'riasec_completed', 'ikigai_ongoing'],
    });
  });
});
