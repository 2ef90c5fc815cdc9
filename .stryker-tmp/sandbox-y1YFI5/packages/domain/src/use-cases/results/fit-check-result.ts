// @ts-nocheck
import type { MatchCategory, FitRuleType } from '../../fit-check/classify.js';
import { type FitCheckExplanation, explainFitCheck } from '../../fit-check/explanation.js';
import { FIT_CHECK_PRESENTATION } from '../../fit-check/labels.js';
import { letterNamesTitle } from '../../model/riasec-letter.js';
import type { FitCheckRecord } from '../../ports/fit-check-repository.js';
import { type ResultHeader, TODO_POINTS, topTypeNames } from './result-header.js';

/** `FitCheckResultResponse` of upstream §5.4; next steps and CTAs live inside `explanation` (decisions §4). */
export interface FitCheckResult extends ResultHeader {
  readonly user_riasec: {
    readonly riasec_code: string;
    readonly riasec_title: string;
    readonly top_types: readonly string[];
  };
  readonly target_profession: {
    readonly profession_id: number;
    readonly name: string;
    readonly riasec_code: string;
    readonly riasec_title: string;
  };
  readonly fit_check_result: {
    readonly match_category: MatchCategory;
    readonly match_label: string;
    readonly match_stars: number;
    readonly rule_type: FitRuleType;
    readonly dominant_letter_same: boolean;
    readonly is_adjacent_hexagon: boolean;
    readonly match_score: number | null;
    readonly explanation: FitCheckExplanation;
  };
  readonly points_awarded: null;
  readonly TODO_points: string;
}

export interface FitCheckResultInput {
  readonly header: ResultHeader;
  readonly record: FitCheckRecord;
  /** Codes of the ids stored in the row: the verdict is explained with the codes it was decided on. */
  readonly userCode: string;
  readonly professionCode: string;
  readonly professionName: string | undefined;
}

export const buildFitCheckResult = (input: FitCheckResultInput): FitCheckResult => {
  const { record, userCode, professionCode } = input;
  const name = input.professionName ?? 'Unknown';
  const presentation = FIT_CHECK_PRESENTATION[record.match_category];
  return {
    ...input.header,
    user_riasec: {
      riasec_code: userCode,
      riasec_title: letterNamesTitle(userCode),
      top_types: topTypeNames(userCode),
    },
    target_profession: {
      profession_id: Number(record.profession_id),
      name,
      riasec_code: professionCode,
      riasec_title: letterNamesTitle(professionCode),
    },
    fit_check_result: {
      match_category: record.match_category,
      match_label: presentation.match_label,
      match_stars: presentation.match_stars,
      rule_type: record.rule_type,
      dominant_letter_same: record.dominant_letter_same,
      is_adjacent_hexagon: record.is_adjacent_hexagon,
      match_score: record.match_score,
      explanation: explainFitCheck({
        match_category: record.match_category,
        rule_type: record.rule_type,
        user_code: userCode,
        profession_name: name,
        profession_code: professionCode,
      }),
    },
    points_awarded: null,
    TODO_points: TODO_POINTS,
  };
};
