// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { decodeIkigaiScoringDocument, describeScoringError, type ScoringError } from '@kenali/domain';

const dimension = { selected_profession_id: 10, r_raw: [{ profession_id: 10, r_raw: 0.8 }] };
const valid = () => ({
  candidates: [{ profession_id: 10, profession_name: 'Desainer', congruence_score: 0.95, display_order: 1 }],
  dimensions: {
    what_you_love: dimension,
    what_you_are_good_at: { selected_profession_id: null, r_raw: null },
    what_the_world_needs: dimension,
    what_you_can_be_paid_for: dimension,
  } as Record<string, unknown>,
  calculated_at: '2026-01-01T00:00:00Z',
});

const failure = (input: unknown): ScoringError => {
  const result = decodeIkigaiScoringDocument(input);
  if (E.isRight(result)) throw new Error('expected a decode failure');
  return result.left;
};

describe('decodeIkigaiScoringDocument', () => {
  it('accepts a complete document and keeps optional fields optional', () => {
    expect(E.isRight(decodeIkigaiScoringDocument(valid()))).to.equal(true);
    const minimal = { ...valid(), candidates: [{ profession_id: 10 }] } as Record<string, unknown>;
    delete minimal['calculated_at'];
    expect(E.isRight(decodeIkigaiScoringDocument(minimal))).to.equal(true);
  });

  it('names a missing dimension', () => {
    const doc = valid();
    delete doc.dimensions['what_the_world_needs'];
    expect(failure(doc)).to.include({ _tag: 'ScoringInputInvalid', path: 'dimensions.what_the_world_needs' });
    expect(describeScoringError(failure(doc))).to.match(/^dimensions\.what_the_world_needs: is required/);
  });

  it('names a bad value deep inside an r_raw array, without union indices in the path', () => {
    const doc = valid();
    doc.dimensions['what_you_love'] = {
      selected_profession_id: null,
      r_raw: [{ profession_id: 10, r_raw: 'high' }],
    };
    const error = failure(doc);
    expect(error).to.deep.equal({
      _tag: 'ScoringInputInvalid',
      path: 'dimensions.what_you_love.r_raw[0].r_raw',
      message: 'expected a finite number, got "high"',
    });
  });

  it('names a non-array, non-null r_raw with the union it expected', () => {
    const doc = valid();
    doc.dimensions['what_you_love'] = { selected_profession_id: null, r_raw: 'oops' };
    expect(failure(doc)).to.deep.include({
      path: 'dimensions.what_you_love.r_raw',
      message: 'expected an array or null, got "oops"',
    });
  });

  it('rejects a fractional or missing profession id', () => {
    const doc = { ...valid(), candidates: [{ profession_id: 10 }, { profession_id: 2.5 }] };
    expect(failure(doc)).to.include({ path: 'candidates[1].profession_id' });
    expect(failure({ ...valid(), candidates: [{ profession_name: 'x' }] })).to.include({
      path: 'candidates[0].profession_id',
    });
  });

  it('rejects a congruence_score outside [0, 1] and a bad calculated_at', () => {
    expect(failure({ ...valid(), candidates: [{ profession_id: 1, congruence_score: 2 }] })).to.include({
      path: 'candidates[0].congruence_score',
    });
    expect(failure({ ...valid(), calculated_at: 'yesterday' })).to.include({ path: 'calculated_at' });
  });

  it('reports a non-object document at the root', () => {
    const error = failure([1, 2]);
    expect(error).to.include({ path: '' });
    expect(describeScoringError(error)).to.match(/^\(document\): expected a scoring document object/);
  });
});
