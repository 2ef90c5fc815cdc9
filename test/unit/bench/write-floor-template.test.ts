/**
 * The write floor's script is made from PostgreSQL's statement log (bench/write-floor/): the log's parameter
 * quoting is read back exactly, request-specific values become placeholders, ids are taken from the statement
 * that returned them, and statements that ran at the same time on two backends form one group.
 */
import { expect } from 'chai';
import { fill } from '../../../bench/write-floor/replay.js';
import {
  type Logged,
  parallelGroups,
  parseParameters,
  templateStatements,
} from '../../../bench/write-floor/template.js';

const USER = '11111111-2222-4333-8444-555555555555';
const TOKEN = '99999999-8888-4777-8666-555555555555';
const FRESH = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const sentAt = Date.parse('2026-12-05T10:00:00.000Z');

const stmt = (text: string, values: (string | null)[] = [], pid = 1): Logged => ({
  pid,
  protocol: values.length > 0 ? 'extended' : 'simple',
  text,
  values,
});

describe('write floor: statements from the log', () => {
  it('reads PostgreSQL-quoted parameters back, NULL and doubled quotes included', () => {
    expect(parseParameters(`Parameters: $1 = 'it''s', $2 = NULL, $3 = '', $4 = 'a, $5 = b'`)).to.deep.equal([
      "it's",
      null,
      '',
      'a, $5 = b',
    ]);
  });

  it('templates callers, sessions, made-up values, "now" and returned ids', () => {
    const logged = [
      stmt('BEGIN;'),
      stmt(
        'insert into "careerprofile_test_sessions" (session_token, user_id, started_at) values ($1, $2, $3) returning *',
        [FRESH, USER, '2026-12-05 10:00:00.250+00'],
      ),
      stmt('select pg_advisory_xact_lock(hashtextextended($1, 42))', [`session-start:${USER}`]),
      stmt('insert into riasec_question_sets (test_session_id, key) values ($1, $2)', [
        '3000001',
        `fp:${'ab'.repeat(32)}`,
      ]),
      stmt('update x set token = $1 where y = $2', [TOKEN, 'literal']),
      stmt('COMMIT;'),
    ];
    const script = templateStatements(logged, {
      user: USER,
      token: TOKEN,
      sentAt,
      idOrigin: (v) =>
        v === '3000001' ? { table: 'careerprofile_test_sessions', created: true } : undefined,
    });
    expect(script.map((s) => s.params)).to.deep.equal([
      [],
      ['{{uuid:0}}', '{{user}}', '{{now:250}}'],
      ['session-start:{{user}}'],
      ['{{row:1:id}}', 'fp:{{hex:1}}'],
      ['{{token}}', 'literal'],
      [],
    ]);
    expect(script.map((s) => s.inTransaction)).to.deep.equal([true, true, true, true, true, true]);
    const state = { t0: sentAt, fresh: new Map<string, string>(), rows: [undefined, { id: 42 }] };
    expect(fill('{{row:1:id}}/{{user}}/{{now:250}}', { user: 'u' }, state)).to.equal(
      '42/u/2026-12-05 10:00:00.250+00',
    );
    expect(fill('{{uuid:0}}', { user: 'u' }, state)).to.equal(fill('{{uuid:0}}', { user: 'u' }, state));
  });

  it('takes a created id from an insert inside a data-modifying WITH (the one-statement claim)', () => {
    const logged = [
      stmt(
        'with live as (select count(*) as n from idempotency_keys where user_id = $1), claimed as (insert into idempotency_keys (user_id) select $2::uuid returning id, attempt) select c.id from claimed c',
        [USER, USER],
      ),
      stmt('select * from "idempotency_keys" where id = $1', ['2000005']),
    ];
    const script = templateStatements(logged, {
      user: USER,
      sentAt,
      idOrigin: (v) => (v === '2000005' ? { table: 'idempotency_keys', created: true } : undefined),
    });
    expect(script[1]?.params).to.deep.equal(['{{row:0:id}}']);
  });

  it('refuses an id no earlier statement returned', () => {
    expect(() =>
      templateStatements([stmt('update t set a = 1 where id = $1', ['2000005'])], {
        user: USER,
        sentAt,
        idOrigin: () => ({ table: 'idempotency_keys', created: false }),
      }),
    ).to.throw(/no earlier statement returns the idempotency_keys id/);
  });

  it('groups statements that ran on two backends at once, in a fixed order', () => {
    const groups = parallelGroups([
      stmt('COMMIT;', [], 1),
      stmt('select b', ['1'], 1),
      stmt('select a', ['1'], 2),
      stmt('select c', ['1'], 2),
    ]);
    expect(groups.map((g) => [g.statement.text, g.parallel])).to.deep.equal([
      ['COMMIT;', false],
      ['select a', false],
      ['select b', true],
      ['select c', false],
    ]);
  });
});
