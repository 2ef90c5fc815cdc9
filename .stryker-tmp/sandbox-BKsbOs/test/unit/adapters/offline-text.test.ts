// @ts-nocheck
import { expect } from 'chai';
import { fold, queryTerms, stem, tokenise } from '../../../packages/adapters/src/ai/offline/index.js';

const stems = (text: string) => tokenise(text).map((t) => t.stem);

describe('offline AI: Indonesian text normalisation', () => {
  describe('stemmer', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['menggambar', 'gambar'],
      ['perawatan', 'rawat'],
      ['pembukuan', 'buku'],
      ['merawat', 'rawat'],
      ['keperawatan', 'rawat'],
      ['pendidikan', 'didik'],
      ['mengajar', 'ajar'],
      ['mempelajari', 'ajar'],
      ['memperbaiki', 'baik'],
      ['pemrograman', 'program'],
      ['pengembangan', 'kembang'],
      ['mengelola', 'kelola'],
      ['kesehatan', 'sehat'],
      ['pemasaran', 'pasar'],
      ['penjualan', 'jual'],
      ['menulis', 'tulis'],
      ['menyusun', 'susun'],
      ['pelayanan', 'layan'],
      ['melayani', 'layan'],
      ['penelitian', 'teliti'],
      ['diperiksa', 'periksa'],
      ['pertanian', 'tani'],
      ['gambarnya', 'gambar'],
    ];
    for (const [word, expected] of cases) {
      it(`${word} → ${expected}`, () => expect(stem(word)).to.equal(expected));
    }

    it('leaves roots that merely look affixed alone', () => {
      for (const word of [
        'jalan',
        'teman',
        'sekolah',
        'masalah',
        'makan',
        'bersih',
        'buku',
        'kerja',
        'pasien',
        'keuangan',
      ]) {
        expect(stem(word), word).to.equal(word);
      }
    });

    it('never returns a stem shorter than 4 letters for an unknown affixed word', () => {
      for (const word of ['diam', 'berat', 'kelas', 'seni', 'menu', 'tekan'])
        expect(stem(word), word).to.equal(word);
    });

    it('maps loan-word agent nouns to their field so the profession name meets the user word', () => {
      expect(stem('desainer')).to.equal(stem('mendesain'));
      expect(stem('akuntan')).to.equal(stem('akuntansi'));
      expect(stem('ilustrator')).to.equal(stem('ilustrasi'));
    });

    it('is safe for words that are Object.prototype keys', () => {
      expect(stem('constructor')).to.equal('constructor');
      expect(tokenise('constructor toString').map((t) => t.surface)).to.deep.equal([
        'constructor',
        'tostring',
      ]);
    });
  });

  describe('tokeniser', () => {
    it('folds case and diacritics', () => {
      expect(fold('Kafé DESAIN Ñ')).to.equal('kafe desain n');
    });

    it('drops stop words and sentiment words, stems the rest', () => {
      expect(stems('Saya sangat suka sekali menggambar dan mendesain poster!')).to.deep.equal([
        'gambar',
        'desain',
        'poster',
      ]);
    });

    it('rewrites chat Indonesian and English career words', () => {
      expect(stems('aku pengen ngoding')).to.deep.equal(['koding']);
      expect(stems('I love drawing')).to.include('gambar');
      expect(stems('anak2 dan kupu-kupu')).to.deep.equal(['anak', 'kupu']);
    });

    it('marks words after a negator as negated until the clause ends', () => {
      const tokens = tokenise('Aku gk suka menghitung angka, tapi suka menggambar');
      expect(tokens.map((t) => [t.stem, t.negated])).to.deep.equal([
        ['hitung', true],
        ['angka', true],
        ['gambar', false],
      ]);
    });

    it('does not negate after "tidak hanya"', () => {
      expect(tokenise('tidak hanya menggambar').every((t) => !t.negated)).to.equal(true);
    });
  });

  describe('query terms', () => {
    it('expands career words with lower weight and keeps the user word as the source', () => {
      const terms = queryTerms('menggambar');
      const own = terms.find((t) => t.stem === 'gambar');
      const expanded = terms.find((t) => t.stem === 'ilustrasi');
      expect(own?.weight).to.equal(1);
      expect(expanded?.expanded).to.equal(true);
      expect(expanded?.source).to.equal('gambar');
      expect(expanded?.weight).to.be.within(0.1, 0.5);
    });

    it('expands "pembukuan" (bookkeeping) towards accounting but "buku" (book) not', () => {
      expect(queryTerms('pembukuan').map((t) => t.stem)).to.include('akuntansi');
      expect(queryTerms('buku').map((t) => t.stem)).to.not.include('akuntansi');
    });

    it('gives negated words a negative weight', () => {
      expect(queryTerms('tidak suka angka').find((t) => t.stem === 'angka')?.weight).to.be.below(0);
    });

    it('is empty for text without a content word', () => {
      expect(queryTerms('')).to.deep.equal([]);
      expect(queryTerms('saya suka sekali, yang itu!')).to.deep.equal([]);
    });
  });
});
