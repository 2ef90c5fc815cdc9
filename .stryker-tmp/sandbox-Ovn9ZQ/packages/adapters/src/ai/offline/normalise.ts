// @ts-nocheck
import { CLAUSE_BREAKERS, INFORMAL_WORDS, NEGATION_CANCELLERS, NEGATORS } from './informal-words.js';
import { stem } from './stemmer.js';
import { STOP_STEMS, STOP_WORDS } from './stop-words.js';

/** One content word of a text: its folded surface form, its stem, and whether a negation governs it. */
export interface Token {
  readonly surface: string;
  readonly stem: string;
  readonly negated: boolean;
}

/** How many content words after "tidak"/"kurang"/… count as negated ("tidak suka angka dan laporan"). */
const NEGATION_WINDOW = 3;

/** Case folding and diacritics removal ("Café" → "cafe"); NFKD also splits ligatures. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

// A Map, not the record: user words such as "constructor" must not hit Object.prototype.
const INFORMAL: ReadonlyMap<string, string> = new Map(Object.entries(INFORMAL_WORDS));

/** Raw words of one folded clause after hyphen, reduplication and informal-word handling. */
const clauseWords = (clause: string): string[] =>
  (clause.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []).flatMap((raw) => {
    const known = INFORMAL.get(raw);
    if (known !== undefined) return known.split(' ');
    const parts = raw.split('-').map((part) => part.replace(/^([a-z]{3,})2$/, '$1')); // "anak2" → "anak"
    // "anak-anak" is one word; "teka-teki" and "e-commerce" keep both halves.
    const words = parts.every((part) => part === parts[0]) ? [parts[0]] : parts;
    return words.flatMap((word) => INFORMAL.get(word)?.split(' ') ?? [word]);
  });

/**
 * Folds, tokenises, drops stop words, stems and marks negated words. Negation is read before stop words are
 * removed (the negators themselves are stop words) and ends at the clause: punctuation or "tapi"/"namun"/….
 */
export const tokenise = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const clause of fold(text).split(/[.,;:!?()[\]{}"\n\r]+/)) {
    const words = clauseWords(clause);
    let negationLeft = 0;
    words.forEach((word, index) => {
      if (CLAUSE_BREAKERS.has(word)) negationLeft = 0;
      else if (NEGATORS.has(word)) {
        const next = words[index + 1];
        negationLeft = next !== undefined && NEGATION_CANCELLERS.has(next) ? 0 : NEGATION_WINDOW;
      }
      if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word) || NEGATORS.has(word)) return;
      const root = stem(word);
      if (STOP_STEMS.has(root)) return;
      tokens.push({ surface: word, stem: root, negated: negationLeft > 0 });
      if (negationLeft > 0) negationLeft -= 1;
    });
  }
  return tokens;
};

/** Stems of a catalogue text (no negation: catalogue sentences describe, they do not refuse). */
export const stemsOf = (text: string): string[] => tokenise(text).map((token) => token.stem);
