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
  /** Named as someone the user works *with* ("bersama para developer"), not as what the user wants to be. */
  readonly companion: boolean;
}

/** How many content words after "bersama"/"kerja sama dengan" name the people one works with. */
const COMPANION_WINDOW = 2;

/** "bersama X untuk Y": the purpose that follows is the user's own work again. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['untuk', 'agar', 'supaya', 'buat', 'demi', 'guna']);

/** "bersama X", "bareng X", "(bekerja) sama dengan X", "berkolaborasi dengan X": X is a colleague. */
const opensCompanions = (words: readonly string[], index: number): boolean => {
  const word = words[index];
  if (word === 'bersama' || word === 'bareng') return true;
  const previous = words[index - 1] ?? '';
  return word === 'dengan' && ['sama', 'kerja', 'bekerja', 'berkolaborasi', 'kolaborasi'].includes(previous);
};

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

// Real words that end in "-in" like a chat verb.
const NOT_IN_VERBS: ReadonlySet<string> = new Set(
  'dingin miskin yakin rutin latin vaksin bensin protein disiplin cermin insulin margin termin'.split(' '),
);

/**
 * Chat verbs with the "-in" suffix and the spoken nasal prefix: "bikinin" → "bikin" → "membuat",
 * "ngajarin" → "ajar", "beresin" → "beres", "nunjukin" → "tunjuk", "ngerapiin" → "rapi". Other words pass.
 */
const informalVerb = (word: string): string[] => {
  if (!/^[a-z]{4,}in$/.test(word) || word.endsWith('ain') || NOT_IN_VERBS.has(word)) return [word];
  let base = word.slice(0, -2);
  if (base.startsWith('nge') && base.length > 5) base = base.slice(3);
  else if (/^ng[aiueo]/.test(base)) base = base.slice(2);
  else if (/^n[aiueo]/.test(base)) base = `t${base.slice(1)}`;
  return INFORMAL.get(base)?.split(' ') ?? [base];
};

/** Raw words of one folded clause after hyphen, reduplication and informal-word handling. */
const clauseWords = (clause: string): string[] =>
  (clause.match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []).flatMap((raw) => {
    const known = INFORMAL.get(raw);
    if (known !== undefined) return known.split(' ');
    const parts = raw.split('-').map((part) => part.replace(/^([a-z]{3,})2$/, '$1')); // "anak2" → "anak"
    // "anak-anak" is one word; "teka-teki" and "e-commerce" keep both halves.
    const words = parts.every((part) => part === parts[0]) ? [parts[0]] : parts;
    return words.flatMap((word) => INFORMAL.get(word)?.split(' ') ?? informalVerb(word));
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
export const tokenise = (text: string): readonly Token[] => {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const tokens = tokeniseText(text);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(text, tokens);
  return tokens;
};

// The final submit reads each answer twice (relevance, then the narrative): the second read is a lookup.
const recent = new Map<string, readonly Token[]>();
const RECENT_LIMIT = 512;

const tokeniseText = (text: string): readonly Token[] => {
  const tokens: Token[] = [];
  for (const clause of fold(text).split(/[.,;:!?()[\]{}"\n\r]+/)) {
    const words = clauseWords(clause);
    let negationLeft = 0;
    let skipUntil = -1;
    let companionsLeft = 0;
    words.forEach((word, index) => {
      if (opensCompanions(words, index)) companionsLeft = COMPANION_WINDOW;
      if (CLAUSE_BREAKERS.has(word)) negationLeft = companionsLeft = 0;
      if (PURPOSE_WORDS.has(word)) companionsLeft = 0;
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
      tokens.push({ surface: word, stem: root, negated: negationLeft > 0, companion: companionsLeft > 0 });
      if (negationLeft > 0) negationLeft -= 1;
      if (companionsLeft > 0) companionsLeft -= 1;
    });
  }
  return tokens;
};

/** Stems of a catalogue text (no negation: catalogue sentences describe, they do not refuse). */
export const stemsOf = (text: string): string[] => tokenise(text).map((token) => token.stem);
