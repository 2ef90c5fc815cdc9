// @ts-nocheck
import {
  RIASEC_LETTER_NAMES,
  type RiasecLetter,
  isRiasecLetter,
  letterNamesTitle,
} from '../../model/riasec-letter.js';
import type { RiasecCodeRecord } from '../../ports/profession-catalogue.js';

/** `PersonalityResultResponse` of upstream §5.5: the arrays come straight from `riasec_codes`. */
export interface PersonalityResult {
  readonly session_token: string;
  readonly riasec_code: string;
  readonly riasec_title: string;
  readonly top_types: readonly { readonly letter: RiasecLetter; readonly name: string }[];
  readonly about_code: string;
  readonly strengths: readonly string[];
  readonly challenges: readonly string[];
  readonly strategies: readonly string[];
  readonly interaction_styles: readonly string[];
  readonly work_environments: readonly string[];
}

export const buildPersonalityResult = (
  sessionToken: string,
  code: RiasecCodeRecord,
  about: string,
): PersonalityResult => ({
  session_token: sessionToken,
  riasec_code: code.riasec_code,
  riasec_title: letterNamesTitle(code.riasec_code),
  top_types: [...code.riasec_code]
    .filter(isRiasecLetter)
    .map((letter) => ({ letter, name: RIASEC_LETTER_NAMES[letter] })),
  about_code: about,
  strengths: code.strengths,
  challenges: code.challenges,
  strategies: code.strategies,
  interaction_styles: code.interaction_styles,
  work_environments: code.work_environments,
});
