// @ts-nocheck
import { FIELDS, type Field, type ProfessionDocument } from './profession-document.js';
import type { QueryTerm } from './query-terms.js';

export type FieldWeights = Readonly<Record<Field, number>>;

/** One profession's lexical evidence for one answer. */
export interface LexicalScore {
  /** BM25F over the user's positive terms and their expansions. */
  readonly positive: number;
  /** BM25F over negated terms ("tidak suka angka"), ≤ 0. */
  readonly negative: number;
  /** Share of the answer's idf mass the profession covers, 0..1 (see `coverage` below). */
  readonly coverage: number;
}

const K1 = 1.2;
const B = 0.75;
/**
 * IDF is computed over the professions of the call. With very few of them every term looks common and gets an
 * idf near 0, so the collection is padded with pseudo-documents that contain none of the terms: a term is then
 * as informative as it would be in a catalogue of at least this many professions.
 */
const MIN_COLLECTION = 12;
/** An expansion that matches counts for this share of the user's own word in the coverage. */
const EXPANSION_COVERAGE = 0.7;
/** Terms no profession contains still weigh on coverage, but less: an odd word should not sink a clear answer. */
const UNMATCHED_COVERAGE = 0.3;

const idf = (documentFrequency: number, collection: number): number => {
  const n = Math.max(collection, MIN_COLLECTION);
  return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
};

/** BM25F (one saturation over the field-weighted, length-normalised term frequency) for every document. */
export const scoreDocuments = (
  documents: readonly ProfessionDocument[],
  terms: readonly QueryTerm[],
  weights: FieldWeights,
): LexicalScore[] => {
  const averageLength = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const total = documents.reduce((sum, d) => sum + d.length[field], 0);
    averageLength[field] = documents.length > 0 ? total / documents.length : 0;
  }
  const frequency = terms.map((term) => documents.filter((d) => d.vocabulary.has(term.stem)).length);
  const termIdf = frequency.map((df) => idf(df, documents.length));
  // A user word whose own form and expansions occur in no profession of the call.
  const seen = new Set(terms.filter((_, index) => frequency[index] > 0).map((term) => term.source));
  return documents.map((document) => {
    let positive = 0;
    let negative = 0;
    const concept = new Map<string, number>();
    terms.forEach((term, index) => {
      let tf = 0;
      if (document.vocabulary.has(term.stem))
        for (const field of FIELDS) {
          const count = document.termFrequency[field].get(term.stem);
          if (count === undefined || averageLength[field] === 0) continue;
          tf += (weights[field] * count) / (1 - B + (B * document.length[field]) / averageLength[field]);
        }
      const saturation = tf / (K1 + tf);
      const contribution = term.weight * termIdf[index] * saturation * (K1 + 1);
      if (contribution >= 0) positive += contribution;
      else negative += contribution;
      if (term.weight > 0) {
        const share = saturation * (term.expanded ? EXPANSION_COVERAGE : 1);
        concept.set(term.source, Math.max(concept.get(term.source) ?? 0, share));
      }
    });
    return { positive, negative, coverage: coverage(terms, termIdf, seen, concept) };
  });
};

/**
 * Coverage: per user word ("concept"), the best saturation of the word or one of its expansions, weighted by the
 * word's idf and summed over the answer's positive words. Words that no profession of the call contains, not
 * even through an expansion, enter the denominator with a reduced weight.
 */
const coverage = (
  terms: readonly QueryTerm[],
  termIdf: readonly number[],
  seen: ReadonlySet<string>,
  concept: ReadonlyMap<string, number>,
): number => {
  let covered = 0;
  let total = 0;
  terms.forEach((term, index) => {
    if (term.expanded || term.weight <= 0) return;
    const mass = term.weight * termIdf[index] * (seen.has(term.stem) ? 1 : UNMATCHED_COVERAGE);
    total += mass;
    covered += mass * (concept.get(term.stem) ?? 0);
  });
  return total > 0 ? covered / total : 0;
};
