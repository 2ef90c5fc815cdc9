import { expect } from 'chai';
import { queryTerms, tokenise } from '../../../packages/adapters/src/ai/offline/index.js';
import { promptStems } from '../../../packages/adapters/src/ai/offline/prompt-words.js';

const negated = (text: string) =>
  tokenise(text)
    .filter((t) => t.negated)
    .map((t) => t.stem);
const weightOf = (text: string, stem: string) => queryTerms(text).find((t) => t.stem === stem)?.weight;

describe('offline AI v2: negation reads dislikes only', () => {
  it('negates the topic of a negated liking verb, also with a degree word between', () => {
    expect(negated('Saya tidak suka angka')).to.deep.equal(['angka']);
    expect(negated('aku ga terlalu tertarik hitungan')).to.deep.equal(['hitung']);
  });

  it('negates the topic of a dislike verb, but not after a negated one ("tidak takut api")', () => {
    expect(negated('Saya benci angka')).to.deep.equal(['angka']);
    expect(negated('aku ga takut api sama ketinggian')).to.deep.equal([]);
  });

  it('does not read "tidak tahu cara menghitung pajak" as a dislike of taxes', () => {
    expect(negated('Saya dulu tidak tahu cara menghitung pajak')).to.deep.equal([]);
    expect(weightOf('Saya dulu tidak tahu cara menghitung pajak', 'pajak')).to.be.greaterThan(0);
  });

  it('ends the window at the clause', () => {
    expect(negated('Saya tidak suka angka, saya suka pajak')).to.deep.equal(['angka']);
  });
});

describe('offline AI v2: colleagues, chat verbs, the question’s own words', () => {
  it('counts a profession named as a colleague ("bersama para developer") much less than a wish', () => {
    const text = 'Saya ingin bekerja bersama para programmer untuk merancang tampilan aplikasi';
    expect(weightOf(text, 'program')).to.be.below(0.5);
    expect(weightOf(text, 'rancang')).to.equal(1);
  });

  it('reads "-in" chat verbs as their root', () => {
    expect(tokenise('ngajarin beresin nunjukin ngerapiin').map((t) => t.stem)).to.deep.equal([
      'ajar',
      'beres',
      'tunjuk',
      'rapi',
    ]);
    expect(tokenise('udara dingin').map((t) => t.surface)).to.include('dingin');
  });

  it('drops the question’s own words for its dimension only', () => {
    expect(
      queryTerms('pengen dibayar buat ngoding', promptStems('what_you_can_be_paid_for')).map((t) => t.stem),
    ).to.not.include('bayar');
    expect(queryTerms('pengen dibayar buat ngoding').map((t) => t.stem)).to.include('bayar');
    expect(
      queryTerms('banyak warga butuh air bersih', promptStems('what_the_world_needs')).map((t) => t.stem),
    ).to.not.include.members(['warga', 'butuh']);
  });

  it('maps everyday words to the catalogue’s words through the concept lexicon', () => {
    const stems = queryTerms('rumah masih gelap, pengen penerangan yang aman').map((t) => t.stem);
    expect(stems).to.include('listrik');
  });
});
