import {
  CLAUSE_BREAKERS,
  DISLIKE_WORDS,
  INFORMAL_WORDS,
  LIKING_WORDS,
  NEGATION_CANCELLERS,
  NEGATORS,
} from './informal-words.js';
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

/** Words between a negator and the liking verb it governs: "tidak terlalu suka", "gak begitu tertarik". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['terlalu', 'begitu', 'pernah', 'sama', 'sekali', 'pula']);

/**
 * Where a dislike window opens: after a dislike verb not itself negated ("benci angka", but "tidak takut api"
 * opens nothing), or after a plain negator followed by a liking verb ("tidak suka angka", "ga terlalu suka
 * hitungan"). A plain negator alone negates no topic: "tidak tahu cara menghitung pajak" says nothing against
 * taxes. Returns the index of the last word of the trigger, or -1.
 */
const dislikeTrigger = (words: readonly string[], index: number): number => {
  const word = words[index];
  const previous = words[index - 1];
  if (DISLIKE_WORDS.has(word)) return previous !== undefined && NEGATORS.has(previous) ? -1 : index;
  if (!NEGATORS.has(word) || NEGATION_CANCELLERS.has(words[index + 1] ?? '')) return -1;
  let next = index + 1;
  while (next < words.length && DEGREE_WORDS.has(words[next])) next += 1;
  return LIKING_WORDS.has(words[next] ?? '') ? next : -1;
};

/**
 * Folds, tokenises, drops stop words, stems and marks negated words. Negation is read before stop words are
 * removed (the negators themselves are stop words), only as a dislike (see dislikeTrigger), and ends at the
 * clause: punctuation or "tapi"/"namun"/….
 */
export const tokenise = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (const clause of fold(text).split(/[.,;:!?()[\]{}"\n\r]+/)) {
    const words = clauseWords(clause);
    let negationLeft = 0;
    let skipUntil = -1;
    words.forEach((word, index) => {
      if (CLAUSE_BREAKERS.has(word)) negationLeft = 0;
      else if (index > skipUntil) {
        const trigger = dislikeTrigger(words, index);
        if (trigger >= 0) {
          negationLeft = NEGATION_WINDOW;
          skipUntil = trigger;
        }
      }
      if (index <= skipUntil && (NEGATORS.has(word) || LIKING_WORDS.has(word) || DISLIKE_WORDS.has(word)))
        return;
      if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word) || NEGATORS.has(word)) return;
      if (DISLIKE_WORDS.has(word) || DEGREE_WORDS.has(word)) return;
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
