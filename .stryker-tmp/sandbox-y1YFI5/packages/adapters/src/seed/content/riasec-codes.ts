// @ts-nocheck
import {
  catalogueTitle,
  hexagonDistance,
  RIASEC_LETTER_NAMES,
  RIASEC_LETTERS,
  type RiasecLetter,
} from '@kenali/domain';
import { ARTISTIC_TEXTS, INVESTIGATIVE_TEXTS, REALISTIC_TEXTS } from './riasec-letters-ria.js';
import { CONVENTIONAL_TEXTS, ENTERPRISING_TEXTS, SOCIAL_TEXTS } from './riasec-letters-sec.js';
import {
  RIASEC_CODE_LIST_KEYS,
  type RiasecCodeListKey,
  type RiasecCodeSeedRow,
  type RiasecLetterTexts,
} from './types.js';

/*
 * The 156 `riasec_codes` rows (upstream §1.4), composed from per-letter texts: the first letter leads, the
 * second supports, the third adds an accent; the hexagon relation of the first two letters is spelled out.
 */

export const RIASEC_LETTER_TEXTS: Readonly<Record<RiasecLetter, RiasecLetterTexts>> = {
  R: REALISTIC_TEXTS,
  I: INVESTIGATIVE_TEXTS,
  A: ARTISTIC_TEXTS,
  S: SOCIAL_TEXTS,
  E: ENTERPRISING_TEXTS,
  C: CONVENTIONAL_TEXTS,
};

/** Example roles where two interests meet, keyed by the pair in R,I,A,S,E,C order. */
const PAIR_ROLES: Readonly<Record<string, string>> = {
  RI: 'insinyur, teknisi laboratorium, atau pilot',
  RA: 'juru masak, arsitek lanskap, atau pengrajin mebel',
  RS: 'fisioterapis, instruktur kebugaran, atau petugas pemadam kebakaran',
  RE: 'kontraktor, pengelola bengkel, atau pengusaha agribisnis',
  RC: 'juru ukur tanah, teknisi perawatan, atau pengawas mutu produksi',
  IA: 'arsitek, desainer UI/UX, atau penulis sains',
  IS: 'dokter, psikolog, atau ahli gizi',
  IE: 'konsultan manajemen, pengacara, atau manajer produk',
  IC: 'analis data, aktuaris, atau analis keuangan',
  AS: 'guru seni, terapis seni, atau penulis konten edukasi',
  AE: 'manajer pemasaran kreatif, jurnalis, atau desainer interior',
  AC: 'desainer tata letak, penyunting naskah, atau pengelola arsip museum',
  SE: 'pemandu wisata, spesialis SDM, atau kepala sekolah',
  SC: 'petugas layanan pelanggan, staf administrasi sekolah, atau perekam medis',
  EC: 'manajer proyek, agen properti, atau akuntan manajemen',
};

const RELATION_SENTENCES: Readonly<Record<1 | 2 | 3, string>> = {
  1: 'Kedua minat teratasmu bertetangga pada heksagon Holland, sehingga biasanya saling menguatkan dan mudah dipadukan dalam satu pekerjaan.',
  2: 'Kedua minat teratasmu berjarak sedang pada heksagon Holland; perpaduannya membuka peran lintas bidang yang jarang dimiliki orang lain.',
  3: 'Kedua minat teratasmu berada di sisi berlawanan heksagon Holland, jadi kamu mungkin merasakan tarikan ke dua arah; peran yang memberi ruang untuk keduanya, atau pembagian waktu yang jelas, akan membantumu tetap bersemangat.',
};

/** How many list items each position contributes, by code length (always 3–6 in total). */
const LIST_QUOTAS: Readonly<Record<1 | 2 | 3, readonly number[]>> = { 1: [5], 2: [3, 2], 3: [3, 2, 1] };

const letterIndex = (letter: RiasecLetter): number => RIASEC_LETTERS.indexOf(letter);

const pairKey = (a: RiasecLetter, b: RiasecLetter): string =>
  letterIndex(a) < letterIndex(b) ? a + b : b + a;

const toLetters = (code: string): RiasecLetter[] => [...code] as RiasecLetter[];

/**
 * All 156 codes (every ordered selection of 1–3 distinct letters) in the id layout of the upstream seed file:
 * ids 1–6 single letters in R,I,A,S,E,C order, then the 30 pairs, then the 120 triples, each block grouped
 * by first letter in R,I,A,S,E,C order and sorted alphabetically inside a group.
 */
export const allRiasecCodes = (): string[] => {
  const codes: string[] = [];
  const extend = (prefix: string, length: number): void => {
    if (prefix.length === length) {
      codes.push(prefix);
      return;
    }
    for (const letter of RIASEC_LETTERS) if (!prefix.includes(letter)) extend(prefix + letter, length);
  };
  for (const length of [1, 2, 3]) extend('', length);
  return codes.sort(
    (x, y) =>
      x.length - y.length ||
      letterIndex(x[0] as RiasecLetter) - letterIndex(y[0] as RiasecLetter) ||
      (x < y ? -1 : x > y ? 1 : 0),
  );
};

const namesOf = (letters: readonly RiasecLetter[]): string =>
  letters.map((letter) => RIASEC_LETTER_NAMES[letter]).join('–');

const describe = (letters: readonly RiasecLetter[], code: string): string => {
  const [a, b, c] = letters.map((letter) => RIASEC_LETTER_TEXTS[letter]);
  if (a === undefined) return '';
  if (b === undefined) return a.description;
  const relation = RELATION_SENTENCES[hexagonDistance(a.letter, b.letter) as 1 | 2 | 3];
  const roles = PAIR_ROLES[pairKey(a.letter, b.letter)] ?? '';
  const profile = `Profil ${namesOf(letters)} (${code})`;
  if (c === undefined) {
    return [
      `${profile} menjadikan ${a.essence} sebagai minat utamamu, dilengkapi ${b.essence} sebagai pendukung.`,
      a.lead,
      b.support,
      relation,
      `Peran seperti ${roles} sering menjadi titik temu kedua minat ini.`,
    ].join(' ');
  }
  return [
    `${profile} dipimpin oleh ${a.essence}, diperkuat oleh ${b.essence}, dan diwarnai oleh ${c.essence}.`,
    a.lead,
    b.support,
    c.accent,
    relation,
    `Peran seperti ${roles} bisa menjadi titik awal eksplorasi, terutama bila pekerjaannya juga memberi ruang bagi sisi ${RIASEC_LETTER_NAMES[c.letter]}-mu.`,
  ].join(' ');
};

const composeList = (letters: readonly RiasecLetter[], key: RiasecCodeListKey): string[] => {
  const quotas = LIST_QUOTAS[letters.length as 1 | 2 | 3];
  const items = letters.flatMap((letter, position) =>
    RIASEC_LETTER_TEXTS[letter][key].slice(0, quotas[position] ?? 0),
  );
  return [...new Set(items)];
};

/** Builds one `riasec_codes` row for a code of 1–3 distinct letters; `id` is its position in the seed layout. */
export const buildRiasecCode = (code: string, id: number): RiasecCodeSeedRow => {
  const letters = toLetters(code);
  const lists = Object.fromEntries(
    RIASEC_CODE_LIST_KEYS.map((key) => [key, composeList(letters, key)]),
  ) as Record<RiasecCodeListKey, string[]>;
  return {
    id,
    riasec_code: code,
    riasec_title: catalogueTitle(code),
    riasec_description: describe(letters, code),
    ...lists,
  };
};

/** The 156 rows, ids 1..156 in the upstream seed layout. */
export const buildRiasecCodes = (): RiasecCodeSeedRow[] =>
  allRiasecCodes().map((code, index) => buildRiasecCode(code, index + 1));
