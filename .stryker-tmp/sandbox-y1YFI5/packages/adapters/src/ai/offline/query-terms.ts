// @ts-nocheck
import { fold, stemsOf, tokenise } from './normalise.js';
import { stem } from './stemmer.js';
import { SYNONYMS } from './synonyms.js';

/** One weighted term of the user's answer; `source` is the user's own stem it came from. */
export interface QueryTerm {
  readonly stem: string;
  readonly weight: number;
  readonly source: string;
  readonly expanded: boolean;
  /** The user's word as written (folded), for narratives. */
  readonly surface: string;
}

// Repeating a word strengthens it a little; expansions and negated words count less than plain words.
const REPEAT_BONUS = 0.25;
const MAX_WEIGHT = 1.5;
const NEGATED_WEIGHT = -0.6;
const EXPANSION_SHARE = 0.35;

interface ExpansionIndex {
  readonly bySurface: ReadonlyMap<string, readonly string[]>;
  readonly byStem: ReadonlyMap<string, readonly string[]>;
}

let expansionIndex: ExpansionIndex | undefined;

/** Indexes SYNONYMS once; a key counts at stem level only when it is written as a root ("gambar", not "tanaman"). */
const expansions = (): ExpansionIndex => {
  if (expansionIndex !== undefined) return expansionIndex;
  const bySurface = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  for (const [key, value] of Object.entries(SYNONYMS)) {
    const surface = fold(key);
    const stems = [...new Set(stemsOf(value))];
    bySurface.set(surface, stems);
    if (stem(surface) === surface) byStem.set(surface, stems);
  }
  expansionIndex = { bySurface, byStem };
  return expansionIndex;
};

/** The weighted terms of an answer; empty when the text has no content word at all. */
export const queryTerms = (text: string): QueryTerm[] => {
  const tokens = tokenise(text);
  const own = new Map<string, { positive: number; negative: number; surface: string }>();
  for (const token of tokens) {
    const entry = own.get(token.stem) ?? { positive: 0, negative: 0, surface: token.surface };
    if (token.negated) entry.negative += 1;
    else entry.positive += 1;
    own.set(token.stem, entry);
  }
  const terms = new Map<string, QueryTerm>();
  for (const [root, { positive, surface }] of own) {
    const weight = positive > 0 ? Math.min(MAX_WEIGHT, 1 + REPEAT_BONUS * (positive - 1)) : NEGATED_WEIGHT;
    terms.set(root, { stem: root, weight, source: root, expanded: false, surface });
  }
  const index = expansions();
  for (const token of tokens) {
    const origin = terms.get(token.stem) as QueryTerm;
    const extra = index.bySurface.get(token.surface) ?? index.byStem.get(token.stem) ?? [];
    for (const target of extra) {
      const weight = origin.weight * EXPANSION_SHARE;
      const present = terms.get(target);
      // The user's own word, or a stronger expansion, wins.
      if (present !== undefined && (!present.expanded || Math.abs(present.weight) >= Math.abs(weight)))
        continue;
      terms.set(target, {
        stem: target,
        weight,
        source: origin.stem,
        expanded: true,
        surface: origin.surface,
      });
    }
  }
  return [...terms.values()];
};
