import { expect } from 'chai';
import { DIMENSION_KEYS } from '@kenali/domain';
import { scoreDocuments, type FieldWeights } from '../../../packages/adapters/src/ai/offline/bm25.js';
import {
  FIELDS,
  buildDocument,
  type ProfessionDocument,
} from '../../../packages/adapters/src/ai/offline/profession-document.js';
import { type QueryTerm, queryTerms } from '../../../packages/adapters/src/ai/offline/query-terms.js';
import { referenceCorpus } from '../../../packages/adapters/src/ai/offline/reference-corpus.js';
import { DIMENSION_WEIGHTS } from '../../../packages/adapters/src/ai/offline/relevance-judge.js';
import { DEMO_PROFILES } from '../../support/demo-profiles.js';

// Issue 21: scoreDocuments reads a weighted term frequency built once per profession and weight set. These
// tests hold it to the field-by-field BM25F sum it replaced, to the last bit, and check that one profession
// scored under two weight sets (the four dimensions) never reads the other set's cached frequencies.
const K1 = 1.2;
const B = 0.75;
const EXPANSION_COVERAGE = 0.7;
const UNMATCHED_COVERAGE = 0.3;

/** The formula as written before the cache: per term, every field's weighted, length-normalised count. */
const fieldByField = (document: ProfessionDocument, stem: string, weights: FieldWeights): number => {
  const averageLength = referenceCorpus().averageLength;
  let tf = 0;
  if (document.vocabulary.has(stem))
    for (const field of FIELDS) {
      const count = document.termFrequency[field].get(stem);
      if (count === undefined || averageLength[field] === 0) continue;
      tf += (weights[field] * count) / (1 - B + (B * document.length[field]) / averageLength[field]);
    }
  return tf;
};

/** scoreDocuments as it was before the cache, term by term and field by field. */
const reference = (
  documents: readonly ProfessionDocument[],
  terms: readonly QueryTerm[],
  weights: FieldWeights,
) => {
  const corpus = referenceCorpus();
  const frequency = terms.map((term) => documents.filter((d) => d.vocabulary.has(term.stem)).length);
  const termIdf = terms.map((term, index) => {
    const df = corpus.documentFrequency.get(term.stem) ?? (frequency[index] * corpus.size) / documents.length;
    return Math.log(1 + (corpus.size - df + 0.5) / (df + 0.5));
  });
  const seen = new Set(terms.filter((_, index) => frequency[index] > 0).map((term) => term.source));
  return documents.map((document) => {
    let positive = 0;
    let negative = 0;
    const concept = new Map<string, number>();
    terms.forEach((term, index) => {
      const tf = fieldByField(document, term.stem, weights);
      const saturation = tf / (K1 + tf);
      const contribution = term.weight * termIdf[index] * saturation * (K1 + 1);
      if (contribution >= 0) positive += contribution;
      else negative += contribution;
      if (term.weight > 0) {
        const share = saturation * (term.expanded ? EXPANSION_COVERAGE : 1);
        concept.set(term.source, Math.max(concept.get(term.source) ?? 0, share));
      }
    });
    let covered = 0;
    let total = 0;
    terms.forEach((term, index) => {
      if (term.expanded || term.weight <= 0) return;
      const mass = term.weight * termIdf[index] * (seen.has(term.stem) ? 1 : UNMATCHED_COVERAGE);
      total += mass;
      covered += mass * (concept.get(term.stem) ?? 0);
    });
    return { positive, negative, coverage: total > 0 ? covered / total : 0 };
  });
};

const ANSWERS = [
  'saya suka menggambar dan mendesain poster, juga membuat animasi untuk media sosial',
  'aku jago menghitung angka, membuat laporan keuangan dan memakai excel',
  'dunia butuh perawat dan dokter yang peduli pada pasien di desa',
  'orang mau membayar untuk aplikasi web dan program komputer yang rapi, tapi saya tidak suka menjual',
];

describe('offline BM25F: the cached weighted term frequency (issue 21)', () => {
  it('scores every profession exactly as the field-by-field formula, answer by answer and dimension by dimension', () => {
    // One set of documents for every call, so later calls read frequencies cached by earlier ones.
    const documents = DEMO_PROFILES.slice(0, 30).map(buildDocument);
    let nonZero = 0;
    for (const answer of ANSWERS)
      for (const dimension of DIMENSION_KEYS) {
        const terms = queryTerms(answer);
        const weights = DIMENSION_WEIGHTS[dimension];
        const scores = scoreDocuments(documents, terms, weights);
        expect(scores, `${dimension}: ${answer}`).to.deep.equal(reference(documents, terms, weights));
        nonZero += scores.filter((s) => s.positive > 0).length;
      }
    // Not a vacuous equality of zeros.
    expect(nonZero).to.be.greaterThan(ANSWERS.length * DIMENSION_KEYS.length);
  });

  it('gives the same numbers whichever weight set a profession was first scored with', () => {
    const terms = queryTerms(ANSWERS[0]);
    const fresh = () => DEMO_PROFILES.slice(0, 30).map(buildDocument);
    const love = DIMENSION_WEIGHTS.what_you_love;
    const paid = DIMENSION_WEIGHTS.what_you_can_be_paid_for;
    const loveFirst = fresh();
    const a = scoreDocuments(loveFirst, terms, love);
    const b = scoreDocuments(loveFirst, terms, paid);
    const paidFirst = fresh();
    const d = scoreDocuments(paidFirst, terms, paid);
    const c = scoreDocuments(paidFirst, terms, love);
    expect(a).to.deep.equal(c);
    expect(b).to.deep.equal(d);
    // The two weight sets really differ on this answer, so a shared cache entry would show.
    expect(a).to.not.deep.equal(b);
  });
});
