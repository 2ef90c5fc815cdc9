/** The six Holland types in their canonical order (also the tie-break order of upstream §3.3). */
// @ts-nocheck

export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

export const RIASEC_LETTER_NAMES: Readonly<Record<RiasecLetter, string>> = {
  R: 'Realistic',
  I: 'Investigative',
  A: 'Artistic',
  S: 'Social',
  E: 'Enterprising',
  C: 'Conventional',
};

export const isRiasecLetter = (value: string): value is RiasecLetter =>
  (RIASEC_LETTERS as readonly string[]).includes(value);

export type RiasecScores = Readonly<Record<RiasecLetter, number>>;

/** Title built from letter names, e.g. "Realistic – Investigative" (upstream §5.1). */
export const letterNamesTitle = (code: string): string =>
  [...code]
    .filter(isRiasecLetter)
    .map((letter) => RIASEC_LETTER_NAMES[letter])
    .join(' – ');

/** The catalogue title format of `riasec_codes.riasec_title`, e.g. "Realistic Investigative (RI)". */
export const catalogueTitle = (code: string): string =>
  `${[...code]
    .filter(isRiasecLetter)
    .map((letter) => RIASEC_LETTER_NAMES[letter])
    .join(' ')} (${code})`;
