import { expect } from 'chai';
import { isConnectionFailure } from '../../../packages/adapters/src/postgres/connection-failure.js';
import { toPortError } from '../../../packages/adapters/src/postgres/attempt.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isConnectionFailure: an outage is not a defect (issue 17)', () => {
  const outages: [string, unknown][] = [
    [
      'a ROLLBACK on a dead client',
      new Error('Client has encountered a connection error and is not queryable'),
    ],
    ['a closed client', new Error('Client was closed and is not queryable')],
    [
      'a terminated backend (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['a dropped socket', withCode('ECONNRESET', 'read ECONNRESET')],
    ['a write to a closed socket', withCode('EPIPE', 'write EPIPE')],
    ['an unexpected end', new Error('Connection terminated unexpectedly')],
    ['pool exhaustion', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    [
      'a refused connect (AggregateError)',
      Object.assign(new Error(''), { errors: [withCode('ECONNREFUSED')] }),
    ],
    ['a wrapped cause', Object.assign(new Error('COMMIT failed'), { cause: withCode('08006') })],
    ['too many connections', withCode('53300', 'sorry, too many clients already')],
  ];
  for (const [name, error] of outages)
    it(`recognises ${name}`, () => {
      expect(isConnectionFailure(error)).to.equal(true);
      expect(toPortError('p')(error).reason).to.equal('unavailable');
    });

  const defects: [string, unknown][] = [
    ['a syntax error', withCode('42601', 'syntax error at or near "selec"')],
    ['a failed check constraint', withCode('23514', 'violates check constraint')],
    ['a raised exception', withCode('P0001', 'injected failure')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a non-error', 'boom'],
  ];
  for (const [name, error] of defects)
    it(`does not excuse ${name}`, () => {
      expect(isConnectionFailure(error)).to.equal(false);
      expect(toPortError('p')(error).reason).to.not.equal('unavailable');
    });
});
