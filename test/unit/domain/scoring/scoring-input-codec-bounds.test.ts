import {
  IsoTimestampCodec,
  ProfessionIdCodec,
  ScoringCandidateCodec,
  decodeIkigaiScoringDocument,
  describeScoringError,
} from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';

const dimension = { selected_profession_id: 10, r_raw: [{ profession_id: 10, r_raw: 0.8 }] };
/** A document as untrusted JSON: any field may be replaced by a value of the wrong shape. */
type Doc = Record<string, unknown> & {
  candidates: unknown;
  dimensions: unknown;
};
const first = (d: Doc) => (d.candidates as Record<string, unknown>[])[0];
const dims = (d: Doc) => d.dimensions as Record<string, unknown>;
const valid = (): Doc => ({
  candidates: [{ profession_id: 10, profession_name: 'Desainer', congruence_score: 0.95, display_order: 1 }],
  dimensions: {
    what_you_love: dimension,
    what_you_are_good_at: dimension,
    what_the_world_needs: dimension,
    what_you_can_be_paid_for: dimension,
  },
  calculated_at: '2026-01-01T00:00:00Z',
});
const edited = (edit: (d: Doc) => void): Doc => {
  const doc = valid();
  edit(doc);
  return doc;
};
const accepts = (doc: unknown): boolean => E.isRight(decodeIkigaiScoringDocument(doc));
const problem = (doc: unknown): string => {
  const result = decodeIkigaiScoringDocument(doc);
  if (E.isRight(result)) throw new Error('expected a decode failure');
  return describeScoringError(result.left);
};

describe('the Ikigai input codec: bounds and messages', function () {
  it('takes profession ids from 1 to the largest safe integer, and nothing else', function () {
    for (const ok of [1, 2, Number.MAX_SAFE_INTEGER])
      expect(ProfessionIdCodec.is(ok), `${ok}`).to.equal(true);
    for (const bad of [0, -1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, '1', null])
      expect(ProfessionIdCodec.is(bad), String(bad)).to.equal(false);
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (n) => {
        const ok = Number.isSafeInteger(n) && n > 0;
        return ProfessionIdCodec.is(n) === ok && E.isRight(ProfessionIdCodec.decode(n)) === ok;
      }),
    );
    const decoded = ProfessionIdCodec.decode(7);
    if (E.isLeft(decoded)) throw new Error('7 is a profession id');
    expect(ProfessionIdCodec.encode(decoded.right)).to.equal(7);
    expect(problem(edited((d) => (first(d).profession_id = 0)))).to.equal(
      'candidates[0].profession_id: expected a positive integer id, got 0',
    );
  });

  it('takes congruence scores in [0, 1] including both ends, or null', function () {
    const withScore = (s: unknown) => edited((d) => (first(d).congruence_score = s));
    for (const ok of [0, 1, 0.5, null]) expect(accepts(withScore(ok)), String(ok)).to.equal(true);
    for (const bad of [-Number.EPSILON, 1 + Number.EPSILON, Number.NaN])
      expect(accepts(withScore(bad)), String(bad)).to.equal(false);
    expect(accepts(withScore('0.5'))).to.equal(false);
    expect(ScoringCandidateCodec.is({ profession_id: 1, congruence_score: '0.5' })).to.equal(false);
    expect(ScoringCandidateCodec.is({ profession_id: 1, congruence_score: 0.5 })).to.equal(true);
    expect(problem(withScore(2))).to.equal(
      'candidates[0].congruence_score: expected a number in [0, 1] or null, got 2',
    );
  });

  it('takes any finite relevance (the pipeline clamps it) and no infinity', function () {
    const withRaw = (r: number) =>
      edited(
        (d) =>
          (dims(d).what_you_love = {
            selected_profession_id: null,
            r_raw: [{ profession_id: 3, r_raw: r }],
          }),
      );
    fc.assert(fc.property(fc.double(), (r) => accepts(withRaw(r)) === Number.isFinite(r)));
    expect(problem(withRaw(Infinity))).to.equal(
      'dimensions.what_you_love.r_raw[0].r_raw: expected a finite number, got null',
    );
  });

  it('names every field that has the wrong shape', function () {
    const cases: [(d: Doc) => void, string][] = [
      [
        (d) => (first(d).profession_name = 5),
        'candidates[0].profession_name: expected a string or null, got 5',
      ],
      [(d) => (first(d).display_order = 1.5), 'candidates[0].display_order: expected an integer, got 1.5'],
      [(d) => (d.candidates = [5]), 'candidates[0]: expected a candidate object, got 5'],
      [(d) => (d.candidates = 5), 'candidates: expected an array, got 5'],
      [
        (d) => (dims(d).what_you_love = { selected_profession_id: 1, r_raw: [5] }),
        'dimensions.what_you_love.r_raw[0]: expected a {profession_id, r_raw} object, got 5',
      ],
      [
        (d) => (dims(d).what_you_love = { selected_profession_id: 0, r_raw: null }),
        'dimensions.what_you_love.selected_profession_id: expected a positive integer id or null, got 0',
      ],
      [
        (d) => (dims(d).what_you_love = { selected_profession_id: null, r_raw: 5 }),
        'dimensions.what_you_love.r_raw: expected an array or null, got 5',
      ],
      [
        (d) => (dims(d).what_you_love = 5),
        'dimensions.what_you_love: expected a {selected_profession_id, r_raw} object, got 5',
      ],
      [(d) => (d.dimensions = 5), 'dimensions: expected an object with all four dimension keys, got 5'],
      [
        (d) => (d.calculated_at = 'yesterday'),
        'calculated_at: expected an ISO-8601 timestamp with time zone, got "yesterday"',
      ],
    ];
    for (const [edit, message] of cases) expect(problem(edited(edit))).to.equal(message);
    expect(problem(5)).to.equal('(document): expected a scoring document object, got 5');
  });

  it('takes ISO-8601 timestamps with a zone, up to nanoseconds, that are real dates', function () {
    const ok = [
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00.1Z',
      '2026-01-01T00:00:00.12Z',
      '2026-01-01T00:00:00.123456789Z',
      '2026-06-30T23:59:59+07:00',
      '2026-06-30T23:59:59.5-03:30',
    ];
    const bad = [
      'x2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00Zx',
      '2026-01-01T00:00:00',
      '2026-01-01T00:00:00.Z',
      '2026-01-01T00:00:00.aZ',
      '2026-01-01T00:00:00*07:00',
      '2026-01-01T00:00:00+7:00',
      '2026-01-01T00:00:00+07:0',
      '2026-01-01T00:00:00+ab:00',
      '2026-01-01T00:00:00+07:ab',
      '2026-13-45T10:00:00Z',
      '2026-01-01 00:00:00Z',
    ];
    for (const s of ok)
      expect(IsoTimestampCodec.is(s) && accepts(edited((d) => (d.calculated_at = s))), s).to.equal(true);
    for (const s of bad) {
      expect(IsoTimestampCodec.is(s), s).to.equal(false);
      expect(accepts(edited((d) => (d.calculated_at = s))), s).to.equal(false);
    }
    expect(IsoTimestampCodec.is(20260101)).to.equal(false);
    // Only strings: an object that prints as a timestamp is not one.
    expect(IsoTimestampCodec.is({ toString: () => '2026-01-01T00:00:00Z' })).to.equal(false);
    // An expanded year is a date to Date.parse, but not the timestamp form this codec takes.
    expect(IsoTimestampCodec.is('+002026-01-01T00:00:00Z')).to.equal(false);
    expect(IsoTimestampCodec.encode('2026-01-01T00:00:00Z')).to.equal('2026-01-01T00:00:00Z');
  });

  describe('the value shown in a message', function () {
    it('shows a value of up to 40 characters whole and cuts a longer one to 37 and "..."', function () {
      const named = (length: number) =>
        problem(edited((d) => (first(d).profession_name = { a: 'x'.repeat(length) })));
      // {"a":"…"} is 8 characters around the text.
      expect(named(32)).to.equal(
        `candidates[0].profession_name: expected a string or null, got {"a":"${'x'.repeat(32)}"}`,
      );
      expect(named(33)).to.equal(
        `candidates[0].profession_name: expected a string or null, got {"a":"${'x'.repeat(31)}...`,
      );
    });
  });
});
