import {
  MAX_REASONING_CHARS,
  MIN_REASONING_CHARS,
  checkDimensionAnswer,
  visibleLength,
} from '@kenali/domain';
import { expect } from 'chai';
import fc from 'fast-check';
import { expectLeft, expectRight } from '../../../support/expect-either.js';

const TEXT_MESSAGE = 'reasoning_text harus 10–2000 karakter terlihat setelah spasi di tepi dibuang';
const answer = (
  reasoning_text: string,
  selected: number | null = null,
  type: 'selected' | 'not_selected' = 'not_selected',
) => ({
  selected_profession_id: selected,
  selection_type: type,
  reasoning_text,
});

describe('checkDimensionAnswer', function () {
  it('takes 10 to 2000 visible characters, both ends included, and returns the stripped text', function () {
    expect([MIN_REASONING_CHARS, MAX_REASONING_CHARS]).to.deep.equal([10, 2000]);
    for (const n of [10, 11, 1999, 2000])
      expect(expectRight(checkDimensionAnswer(answer(`  ${'a'.repeat(n)}\n`))).reasoning_text).to.equal(
        'a'.repeat(n),
      );
    for (const n of [0, 9, 2001])
      expect(expectLeft(checkDimensionAnswer(answer('a'.repeat(n)))).violations).to.deep.equal([
        { field: 'reasoning_text', message: TEXT_MESSAGE },
      ]);
  });

  it('does not count invisible format characters (zero-width space, joiners, BOM)', function () {
    expect(visibleLength('\u200Babc\u200D\uFEFF')).to.equal(3);
    expect(visibleLength(' \u200B a \u200B ')).to.equal(1);
    const padded = `${'a'.repeat(9)}${'\u200B'.repeat(5)}`;
    expect(expectLeft(checkDimensionAnswer(answer(padded))).violations[0].field).to.equal('reasoning_text');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.nat(5), (text, zw) => {
        const visible = visibleLength(text);
        return (
          visibleLength(`${'\u200B'.repeat(zw)}${text}\u2060`) === visible &&
          visible === [...text.trim()].length
        );
      }),
    );
  });

  it('requires an id exactly when the profession is selected, reporting each problem', function () {
    expect(
      expectLeft(checkDimensionAnswer(answer('a'.repeat(12), 5, 'not_selected'))).violations,
    ).to.deep.equal([
      {
        field: 'selection_type',
        message: "selection_type harus 'selected' bila selected_profession_id diisi",
      },
    ]);
    expect(
      expectLeft(checkDimensionAnswer(answer('a'.repeat(12), null, 'selected'))).violations,
    ).to.deep.equal([
      {
        field: 'selected_profession_id',
        message: "selected_profession_id wajib diisi bila selection_type 'selected'",
      },
    ]);
    expect(
      expectLeft(checkDimensionAnswer(answer('short', null, 'selected'))).violations.map((v) => v.field),
    ).to.deep.equal(['selected_profession_id', 'reasoning_text']);
    expect(expectRight(checkDimensionAnswer(answer('a'.repeat(12), 5, 'selected')))).to.deep.equal(
      answer('a'.repeat(12), 5, 'selected'),
    );
  });
});
