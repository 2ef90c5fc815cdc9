/*
 * Derivational prefixes of Indonesian for the stemmer: which prefix a word starts with and the possible
 * remainders, the default reading first (the stemmer picks another one only when the root lexicon knows it).
 */
// @ts-nocheck


export type Prefix = 'di' | 'ke' | 'se' | 'ber' | 'ter' | 'per' | 'me' | 'pe';

const VOWEL = /^[aiueo]/;

/** A second prefix is read only after these ("di-per-iksa", "ke-per-awat-an", "mem-per-baik-i"). */
export const SECOND_ALLOWED: ReadonlySet<Prefix> = new Set(['di', 'ke', 'me', 'pe']);
export const SECOND_KINDS: ReadonlySet<Prefix> = new Set(['ber', 'ter', 'per']);

/** Prefix–suffix pairs Indonesian does not form: "pendidikan" is pe(N)-didik-an, never pe(N)-didi-kan. */
export const REFUSED_SUFFIXES: Readonly<Record<Prefix, readonly string[]>> = {
  di: ['an'],
  ke: ['i', 'kan'],
  se: ['i', 'kan'],
  ber: ['i'],
  ter: ['an'],
  per: ['i', 'kan'],
  me: ['an'],
  pe: ['i', 'kan'],
};

/** The readings after the nasal prefix me(N)-/pe(N)-, default first; undefined when the word has none. */
const nasal = (rest: string, kind: 'me' | 'pe'): string[] | undefined => {
  if (rest.startsWith('ng')) {
    const r = rest.slice(2);
    if (!VOWEL.test(r)) return [r];
    // "mengecek": menge- before one-syllable roots.
    return r.startsWith('e') ? [r, `k${r}`, r.slice(1)] : [r, `k${r}`];
  }
  if (rest.startsWith('ny')) return VOWEL.test(rest.slice(2)) ? [`s${rest.slice(2)}`, rest] : undefined;
  if (rest.startsWith('m')) {
    const r = rest.slice(1);
    if (/^[bfpv]/.test(r)) return [r];
    if (VOWEL.test(r)) return [`p${r}`, `m${r}`];
    return kind === 'pe' && r.startsWith('r') ? [`p${r}`] : undefined; // "pemrograman"
  }
  if (rest.startsWith('n')) {
    const r = rest.slice(1);
    if (/^[cdjzst]/.test(r)) return [r];
    return VOWEL.test(r) ? [`t${r}`, `n${r}`] : undefined;
  }
  if (/^[lrwy]/.test(rest)) return [rest];
  return kind === 'pe' && !VOWEL.test(rest) ? [rest] : undefined; // pe- before a plain consonant: "petani"
};

/** One prefix removed: its kind and the candidate remainders, default reading first. */
export const stripPrefix = (word: string): { kind: Prefix; options: string[] } | undefined => {
  if (word === 'belajar' || word === 'pelajar')
    return { kind: word[0] === 'b' ? 'ber' : 'per', options: ['ajar'] };
  if (word.startsWith('beker')) return { kind: 'ber', options: [word.slice(2)] };
  for (const kind of ['ber', 'ter', 'per'] as const) {
    if (!word.startsWith(kind)) continue;
    const rest = word.slice(3);
    return { kind, options: VOWEL.test(rest) ? [rest, `r${rest}`] : [rest] };
  }
  for (const kind of ['di', 'ke', 'se'] as const)
    if (word.startsWith(kind)) return { kind, options: [word.slice(2)] };
  for (const kind of ['me', 'pe'] as const) {
    if (!word.startsWith(kind)) continue;
    const options = nasal(word.slice(2), kind);
    return options === undefined ? undefined : { kind, options };
  }
  return undefined;
};
