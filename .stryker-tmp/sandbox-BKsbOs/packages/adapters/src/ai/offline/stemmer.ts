// @ts-nocheck
import { LOAN_LEMMAS, ROOT_WORDS } from './root-words.js';
import {
  REFUSED_SUFFIXES,
  SECOND_ALLOWED,
  SECOND_KINDS,
  stripPrefix,
  type Prefix,
} from './stemmer-prefixes.js';

/*
 * A light Indonesian stemmer inspired by Nazief–Adriani, simplified for retrieval:
 * 1. inflection: particle (-lah, -pun; -kah and -tah are left alone, they cut "langkah" and "perintah"),
 *    then possessive (-nya, -ku, -mu);
 * 2. derivation: one suffix (-kan, -an, -i; -i is kept after "s" as in "komunikasi"), then up to two prefixes
 *    (di-, ke-, se-, ber-, ter-, per-, me(N)-, pe(N)-) with the nasal recodings (meny- → s, mem- → p, men- → t,
 *    meng- → k or vowel), the second prefix only after di-/ke-/me(N)-/pe(N)- (as in "diperiksa", "keperawatan");
 * 3. prefix–suffix pairs that Indonesian does not form are refused (ke-…-kan, pe-…-kan, me-…-an, di-…-an, …);
 * 4. every reading is checked against a small root lexicon (root-words.ts); the first hit wins, otherwise the
 *    default reading is used, and a stem never gets shorter than 4 letters ("jalan", "teman" stay whole).
 * Loan-word agent nouns ("desainer", "akuntan") map to their field's word first (LOAN_LEMMAS).
 * Both sides (user text and catalogue) go through the same function, so a wrong but consistent stem still matches.
 */

const MIN_STEM = 4;
// A Map, not the record: a user may well type "constructor" or "toString".
const LEMMAS: ReadonlyMap<string, string> = new Map(Object.entries(LOAN_LEMMAS));

const withoutInflection = (word: string): string[] => {
  const bases = [word];
  let current = word;
  for (const ending of [/(lah|pun)$/, /(nya|ku|mu)$/]) {
    const cut = current.replace(ending, '');
    if (cut !== current && cut.length >= 3) bases.push((current = cut));
  }
  return bases;
};

const SUFFIXES = ['kan', 'an', 'i'] as const;
const withoutSuffix = (word: string, suffix: string): string | undefined => {
  if (!word.endsWith(suffix) || word.length - suffix.length < 3) return undefined;
  const cut = word.slice(0, -suffix.length);
  return suffix === 'i' && cut.endsWith('s') ? undefined : cut;
};

/** All readings after 0–2 prefixes of a suffix-stripped word, breadth first, with the first prefix kind. */
const prefixReadings = (word: string): { stem: string; first?: Prefix }[] => {
  const out: { stem: string; first?: Prefix }[] = [{ stem: word }];
  const one = stripPrefix(word);
  if (one === undefined) return out;
  for (const option of one.options) out.push({ stem: option, first: one.kind });
  if (!SECOND_ALLOWED.has(one.kind)) return out;
  for (const option of one.options) {
    const two = stripPrefix(option);
    if (two === undefined || !SECOND_KINDS.has(two.kind)) continue;
    for (const stem of two.options) out.push({ stem, first: one.kind });
  }
  return out;
};

const allowed = (first: Prefix | undefined, suffix: string) =>
  first === undefined || !REFUSED_SUFFIXES[first].includes(suffix);

/** Every reading of the word: the suffix tried first ('' = none) and the stem. */
const readings = (base: string, suffixOrder: readonly string[]) =>
  suffixOrder.flatMap((suffix) => {
    const cut = suffix === '' ? base : withoutSuffix(base, suffix);
    if (cut === undefined) return [];
    return prefixReadings(cut).filter((r) => allowed(r.first, suffix) && r.stem !== base);
  });

/** The default reading: the deepest first-option prefix chain of the first suffix reading that stays long enough. */
const defaultStem = (base: string): string => {
  for (const suffix of [...SUFFIXES, '']) {
    const cut = suffix === '' ? base : withoutSuffix(base, suffix);
    if (cut === undefined) continue;
    let stem = cut;
    let first: Prefix | undefined;
    for (let depth = 0; depth < 2; depth += 1) {
      const next = stripPrefix(stem);
      const option = next?.options[0];
      if (next === undefined || option === undefined || option.length < MIN_STEM) break;
      if (depth === 1 && (!SECOND_ALLOWED.has(first as Prefix) || !SECOND_KINDS.has(next.kind))) break;
      first ??= next.kind;
      stem = option;
    }
    if (stem.length >= MIN_STEM && allowed(first, suffix)) return stem;
  }
  return base;
};

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The stem of one folded word (lower-case a–z). Memoised: the catalogue vocabulary is small and repeats. */
export const stem = (word: string): string => {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = computeStem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
};

const computeStem = (word: string): string => {
  const lemma = LEMMAS.get(word);
  if (lemma !== undefined) return lemma;
  if (word.length < MIN_STEM || ROOT_WORDS.has(word) || !/^[a-z]+$/.test(word)) return word;
  const bases = withoutInflection(word);
  for (const base of bases) {
    if (ROOT_WORDS.has(base)) return base;
    const hit = readings(base, ['', ...SUFFIXES]).find((r) => ROOT_WORDS.has(r.stem));
    if (hit !== undefined) return hit.stem;
  }
  return defaultStem(bases[bases.length - 1]);
};
