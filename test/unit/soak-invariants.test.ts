import { expect } from 'chai';
import { summariseFaults } from '../../bench/soak/faults.js';
import { type SessionRow, doubleEffects, lostWrites } from '../../bench/soak/invariants.js';
import { type Ack, Ledger } from '../../bench/soak/ledger.js';

const USER = '11111111-1111-1111-1111-111111111111';

const session = (over: Partial<SessionRow> = {}): SessionRow => ({
  token: 't1',
  user: USER,
  goal: 'RECOMMENDATION',
  status: 'completed',
  riasec: true,
  fit: false,
  recommended: true,
  dimensions: [true, true, true, true],
  ...over,
});

const acks: Ack[] = [
  { kind: 'start', user: USER, token: 't1', goal: 'RECOMMENDATION' },
  { kind: 'riasec', user: USER, token: 't1', goal: 'RECOMMENDATION', completes: false },
  { kind: 'ikigai-start', user: USER, token: 't1' },
  ...[0, 1, 2, 3].map((dimension): Ack => ({
    kind: 'dimension',
    user: USER,
    token: 't1',
    dimension,
    completes: dimension === 3,
  })),
];

describe('soak invariants (bench/soak)', () => {
  it('a complete test whose every write is stored loses nothing', () => {
    expect(lostWrites(acks, [session()])).to.deep.equal([]);
  });

  it('names an acknowledged write the database does not show', () => {
    expect(lostWrites(acks, [])).to.have.length(acks.length);
    const lost = lostWrites(acks, [session({ dimensions: [true, true, false, true] })]);
    expect(lost).to.have.length(1);
    expect(lost[0]).to.contain('Ikigai answer 3 not stored');
    expect(lostWrites(acks, [session({ status: 'ikigai_completed', recommended: false })])).to.have.length(1);
    expect(lostWrites(acks, [session({ user: 'someone-else' })])).to.have.length(acks.length);
  });

  it('flags two sessions from one start key, a second debit and a wrong balance', () => {
    const keys = new Map([[USER, 1]]);
    const one = [session()];
    expect(doubleEffects(keys, one, [{ user: USER, balance: 97, debits: 1 }], 100, 3)).to.deep.equal([]);
    const two = [session(), session({ token: 't2' })];
    expect(doubleEffects(keys, two, [{ user: USER, balance: 94, debits: 2 }], 100, 3)[0]).to.contain(
      '2 sessions from 1 start keys',
    );
    const problems = doubleEffects(keys, one, [{ user: USER, balance: 94, debits: 2 }], 100, 3);
    expect(problems).to.have.length(2);
  });

  it('a re-sent key counts as changed unless the same status and bytes come back marked replayed', () => {
    const ledger = new Ledger();
    const original = {
      req: { method: 'POST' as const, path: '/x', user: USER, body: '{}', key: 'k' },
      answer: { status: 200, text: '{"a":1}', replayed: false },
    };
    ledger.compare(original, { status: 200, text: '{"a":1}', replayed: true });
    ledger.compare(original, { status: 200, text: '{"a": 1}', replayed: true });
    ledger.compare(original, { status: 200, text: '{"a":1}', replayed: false });
    expect(ledger.replaysChecked).to.equal(3);
    expect(ledger.changedReplays).to.equal(2);
  });

  it('recovery of a fault ends with the last failed attempt before the next fault', () => {
    const runs = [
      { kind: 'PostgreSQL restart' as const, injectedAt: 1_000, durationMs: 500 },
      { kind: 'PostgreSQL restart' as const, injectedAt: 10_000, durationMs: 700 },
    ];
    const { summaries, failedBeforeFirstFault } = summariseFaults(runs, [500, 1_200, 3_000, 10_100], 20_000);
    expect(failedBeforeFirstFault).to.equal(1);
    expect(summaries).to.have.length(1);
    expect(summaries[0]).to.include({
      count: 2,
      maxRecoveryMs: 2_000,
      medianRecoveryMs: 100,
      failedAttempts: 3,
    });
  });
});
