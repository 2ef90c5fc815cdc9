import { expect } from 'chai';
import { describeFailure } from '../../../packages/web/src/errors.js';

const problem = (status: number, detail: string, extra: Record<string, unknown> = {}) => ({
  type: `https://kenali.dev/problems/x`,
  title: 'x',
  status,
  detail,
  ...extra,
});

/** The web client's sentence for every status the API documents (and for no answer at all). */
describe('web client: Indonesian error messages', () => {
  const statuses = [0, 400, 401, 402, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504];

  it('says something of its own for every status, never an English server detail alone', () => {
    const messages = statuses.map((status) =>
      describeFailure({ status, problem: problem(status, 'Not Found') }),
    );
    for (const [i, message] of messages.entries()) {
      expect(message, String(statuses[i]))
        .to.match(/^[A-Z]/)
        .and.to.have.length.greaterThan(20);
      expect(message, String(statuses[i])).to.not.equal('Not Found');
    }
    const distinct = new Set(messages.filter((_, i) => ![502, 504].includes(statuses[i])));
    expect(distinct.size, 'one message per kind of problem').to.equal(statuses.length - 2);
  });

  it('402 speaks of tokens, 429 of how long to wait, 503 that nothing is lost or counted twice', () => {
    expect(describeFailure({ status: 402 })).to.contain('Token kamu tidak cukup');
    expect(describeFailure({ status: 429, retryAfterSeconds: 17 })).to.contain('Tunggu 17 detik');
    expect(describeFailure({ status: 429 })).to.contain('Tunggu 60 detik');
    expect(describeFailure({ status: 503 })).to.contain('tidak akan tercatat dua kali');
    expect(describeFailure({ status: 0 })).to.contain('Tidak ada jawaban dari server');
  });

  it('422 names what to fix from errors[].msg, else the detail', () => {
    const listed = problem(422, 'Validation error', {
      errors: [{ loc: ['body', 'reasoning_text'], msg: 'at least 10 characters', type: 'string_too_short' }],
    });
    expect(describeFailure({ status: 422, problem: listed })).to.contain('at least 10 characters');
    expect(describeFailure({ status: 409, problem: problem(409, 'sesi sudah selesai') })).to.contain(
      'sesi sudah selesai',
    );
  });
});
