import { FIELDS, type Field, type ProfessionDocument } from './profession-document.js';
import type { QueryTerm } from './query-terms.js';
import { referenceCorpus } from './reference-corpus.js';

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
/** An expansion that matches counts for this share of the user's own word in the coverage. */
const EXPANSION_COVERAGE = 0.7;
/** Terms no profession contains still weigh on coverage, but less: an odd word should not sink a clear answer. */
const UNMATCHED_COVERAGE = 0.3;

/**
 * IDF from the reference corpus (reference-corpus.ts), so a word weighs the same in every call. A word the
 * reference does not know (a catalogue other than the demo one) takes the share of the call's candidates that
 * contain it, scaled to the reference size.
 */
const idf = (stem: string, batchFrequency: number, batchSize: number): number => {
  const reference = referenceCorpus();
  const n = reference.size;
  const known = reference.documentFrequency.get(stem);
  const df = known ?? (batchSize > 0 ? (batchFrequency * n) / batchSize : 0);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
};

/**
 * A document's field-weighted, length-normalised term frequency per stem under one set of weights. Built once
 * per profession and weight set (the weights are the four module constants), then one lookup per term: the
 * per-field loop was the largest item of the final submit's own CPU (issue 21). Fields are summed in FIELDS
 * order, as the loop did, so every sum is the same to the last bit.
 */
const weightedCache = new WeakMap<ProfessionDocument, WeakMap<FieldWeights, ReadonlyMap<string, number>>>();

const weightedFrequency = (
  document: ProfessionDocument,
  weights: FieldWeights,
): ReadonlyMap<string, number> => {
  let byWeights = weightedCache.get(document);
  if (byWeights === undefined) {
    byWeights = new WeakMap();
    weightedCache.set(document, byWeights);
  }
  let weighted = byWeights.get(weights);
  if (weighted === undefined) {
    const averageLength = referenceCorpus().averageLength;
    const sums = new Map<string, number>();
    for (const field of FIELDS) {
      if (averageLength[field] === 0) continue;
      const norm = 1 - B + (B * document.length[field]) / averageLength[field];
      for (const [stem, count] of document.termFrequency[field])
        sums.set(stem, (sums.get(stem) ?? 0) + (weights[field] * count) / norm);
    }
    weighted = sums;
    byWeights.set(weights, weighted);
  }
  return weighted;
};

/** BM25F (one saturation over the field-weighted, length-normalised term frequency) for every document. */
export const scoreDocuments = (
  documents: readonly ProfessionDocument[],
  terms: readonly QueryTerm[],
  weights: FieldWeights,
): LexicalScore[] => {
  // Counting loops, not filter(): these run for every term of every answer against every candidate.
  const frequency = terms.map((term) => {
    let n = 0;
    for (const document of documents) if (document.vocabulary.has(term.stem)) n += 1;
    return n;
  });
  const termIdf = terms.map((term, index) => idf(term.stem, frequency[index], documents.length));
  // A user word whose own form and expansions occur in no profession of the call.
  const seen = new Set<string>();
  for (let index = 0; index < terms.length; index++) if (frequency[index] > 0) seen.add(terms[index].source);
  return documents.map((document) => {
    let positive = 0;
    let negative = 0;
    const concept = new Map<string, number>();
    const weighted = weightedFrequency(document, weights);
    for (let index = 0; index < terms.length; index++) {
      const term = terms[index];
      const tf = weighted.get(term.stem) ?? 0;
      const saturation = tf / (K1 + tf);
      const contribution = term.weight * termIdf[index] * saturation * (K1 + 1);
      if (contribution >= 0) positive += contribution;
      else negative += contribution;
      if (term.weight > 0) {
        const share = saturation * (term.expanded ? EXPANSION_COVERAGE : 1);
        concept.set(term.source, Math.max(concept.get(term.source) ?? 0, share));
      }
    }
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
