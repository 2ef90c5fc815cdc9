// @ts-nocheck
import { RIASEC_LETTER_NAMES, RIASEC_LETTERS, type RiasecLetter } from '../model/riasec-letter.js';
import type { FitCheckClassification } from './classify.js';
import { parseRiasecCode } from './classify.js';
import { CATEGORY_COPY } from './explanation-texts.js';
import { FIT_CHECK_PRESENTATION, type FitCheckPresentation } from './labels.js';

/** `fit_check_result.explanation` of upstream §5.4 (CTAs inside it, decisions §4 (37–38)). */
export interface FitCheckExplanation extends FitCheckPresentation {
  readonly meaning: string;
  readonly reason_points: readonly [string, string];
  readonly implication: string;
  readonly next_steps: readonly [string, string, string];
}

export interface FitCheckExplanationInput extends Pick<
  FitCheckClassification,
  'match_category' | 'rule_type'
> {
  readonly user_code: string;
  readonly profession_name: string;
  readonly profession_code: string;
}

const named = (letter: RiasecLetter): string => `${RIASEC_LETTER_NAMES[letter]} (${letter})`;
/** Letters in hexagon order R,I,A,S,E,C, which reads better than alphabetical. */
const inHexagonOrder = (letters: readonly RiasecLetter[]): string =>
  RIASEC_LETTERS.filter((letter) => letters.includes(letter)).join(', ');

const replacedLetters = (user: readonly RiasecLetter[], profession: readonly RiasecLetter[]): string => {
  const onlyUser = user.filter((letter) => !profession.includes(letter));
  const onlyProfession = profession.filter((letter) => !user.includes(letter));
  if (onlyUser.length === 0 || onlyProfession.length === 0) return '';
  return ` Minat ${onlyUser.join(', ')} dari kode kamu diganti oleh ${onlyProfession.join(', ')} pada kode profesi ini.`;
};

const secondReason = (input: FitCheckExplanationInput): string => {
  const user = parseRiasecCode(input.user_code);
  const profession = parseRiasecCode(input.profession_code);
  if (user === undefined || profession === undefined) {
    return 'Salah satu kode minat belum tersedia, jadi kecocokan belum bisa dinilai secara utuh.';
  }
  const [mine] = user;
  const [theirs] = profession;
  switch (input.rule_type) {
    case 'exact_match':
      return `Kedua kode persis sama, sehingga minat dominan kamu, ${named(mine)}, juga menjadi minat utama profesi ini.`;
    case 'permutation_match':
      return (
        `Minat dominan kamu dan profesi ini sama-sama ${named(mine)}, dan keduanya tersusun dari huruf ` +
        `yang sama (${inHexagonOrder(user)}); hanya urutan minat pendukungnya yang berbeda.`
      );
    case 'dominant_same':
      return (
        `Minat dominan kamu dan profesi ini sama-sama ${named(mine)}, tetapi ada minat pendukung yang berbeda.` +
        replacedLetters(user, profession)
      );
    case 'adjacent_dominant':
      return (
        `Minat dominan kamu ${named(mine)} berbeda dengan minat dominan profesi ini, ${named(theirs)}, ` +
        'tetapi keduanya bertetangga di heksagon RIASEC sehingga masih saling terkait.'
      );
    case 'close_profile':
      return (
        `Minat dominan kamu ${named(mine)} dan profesi ini ${named(theirs)} berbeda, tetapi tidak ada ` +
        'pasangan huruf yang saling berseberangan di heksagon RIASEC.'
      );
    case 'mismatch':
      return (
        `Minat dominan kamu ${named(mine)} dan profesi ini ${named(theirs)} berbeda dan tidak bertetangga ` +
        'di heksagon RIASEC.'
      );
  }
};

const codeOrDash = (code: string): string => (code === '' ? '-' : code);

/** Rule-based explanation of a fit check; pure, so the result tab can rebuild it from stored columns. */
export const explainFitCheck = (input: FitCheckExplanationInput): FitCheckExplanation => {
  const copy = CATEGORY_COPY[input.match_category];
  const presentation = FIT_CHECK_PRESENTATION[input.match_category];
  const name = input.profession_name;
  // Keys in the order of upstream §5.4, so the serialised JSON reads the same.
  return {
    meaning: copy.meaning(name),
    reason_points: [
      `Kode minat kamu ${codeOrDash(input.user_code)}, sedangkan profesi ${name} berkode ` +
        `${codeOrDash(input.profession_code)}.`,
      secondReason(input),
    ],
    implication: copy.implication,
    next_steps: copy.nextSteps(name),
    cta_primary: presentation.cta_primary,
    cta_secondary: presentation.cta_secondary,
    match_label: presentation.match_label,
    match_stars: presentation.match_stars,
  };
};
