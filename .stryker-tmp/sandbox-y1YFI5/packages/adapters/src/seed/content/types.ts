// @ts-nocheck
import type { RiasecLetter } from '@kenali/domain';

/*
 * Row shapes of kenali's own seed content. Field names follow the physical columns of upstream §1.2, §1.4, §1.5
 * and §1.17 (and migration 20261122000002) so a seeder can insert them without renaming; nested arrays are the
 * child/pivot rows of one parent, keyed by name or code instead of ids (the seeder resolves ids).
 */

/** One RIASEC item (upstream §1.5, §3.1): ids 1–12 R, 13–24 I, 25–36 A, 37–48 S, 49–60 E, 61–72 C. */
export interface RiasecQuestionSeed {
  readonly id: number;
  readonly type: RiasecLetter;
  /** "R1".."C12" (= `riasec_questions.question_id` of REXTRA-AI). */
  readonly code: string;
  /** An activity the user rates on the Likert scale (= `question_text`). */
  readonly text: string;
}

export type LikertValue = 1 | 2 | 3 | 4 | 5;

export interface LikertOption {
  readonly value: LikertValue;
  readonly label: string;
}

export interface LikertScaleSeed {
  readonly min: 1;
  readonly max: 5;
  /** The question shown above every item. */
  readonly prompt: string;
  readonly options: readonly LikertOption[];
}

/** The five JSONB array columns of `riasec_codes`. */
export const RIASEC_CODE_LIST_KEYS = [
  'strengths',
  'challenges',
  'strategies',
  'work_environments',
  'interaction_styles',
] as const;
export type RiasecCodeListKey = (typeof RIASEC_CODE_LIST_KEYS)[number];

/** Per-letter building blocks for the 156 `riasec_codes` rows. List items read "Judul: penjelasan". */
export interface RiasecLetterTexts extends Readonly<Record<RiasecCodeListKey, readonly string[]>> {
  readonly letter: RiasecLetter;
  /** Short nickname, e.g. "Si Pelaksana". */
  readonly persona: string;
  /** A noun phrase naming the core interest, used inside combination sentences. */
  readonly essence: string;
  /** The full narrative of the single-letter code. */
  readonly description: string;
  /** Sentence used when the letter leads a combination. */
  readonly lead: string;
  /** Sentence used when the letter is in second position. */
  readonly support: string;
  /** Sentence used when the letter is in third position. */
  readonly accent: string;
  /** Typical fields of work, most typical first. */
  readonly fields: readonly string[];
}

/** One `riasec_codes` row (upstream §1.4); `id` follows the layout of the upstream seed file. */
export interface RiasecCodeSeedRow extends Readonly<Record<RiasecCodeListKey, readonly string[]>> {
  readonly id: number;
  readonly riasec_code: string;
  readonly riasec_title: string;
  readonly riasec_description: string;
}

/** One `kenalidiri_categories` row (upstream §1.2). */
export interface KenaliDiriCategorySeed {
  readonly id: number;
  readonly category_code: string;
  readonly category_name: string;
  readonly description: string;
  readonly detail_table_name: string;
  readonly is_active: boolean;
}

/** One `profession_main_categories` row (upstream §1.17). */
export interface ProfessionMainCategorySeed {
  readonly code: string;
  readonly name: string;
  readonly description: string;
}

/** One `profession_sub_categories` row; `main_category_code` resolves to `main_category_id`. */
export interface ProfessionSubCategorySeed {
  readonly code: string;
  readonly main_category_code: string;
  readonly name: string;
  readonly description: string;
}

/** CHECK-constrained values of the profession pivots (upstream §1.17). */
export type SkillType = 'hard' | 'soft';
export type SkillPriority = 'wajib' | 'dianjurkan';
export type ToolUsageType = 'wajib' | 'umum';

/** A `profession_activities` or `profession_market_insights` row. */
export interface ProfessionOrderedTextSeed {
  readonly description: string;
  readonly sort_order: number;
}

/** A `profession_skill_rels` row; `name` resolves to `skills.name`. */
export interface ProfessionSkillSeed {
  readonly name: string;
  readonly skill_type: SkillType;
  readonly priority: SkillPriority;
}

/** A `profession_tool_rels` row; `name` resolves to `tools.name`. */
export interface ProfessionToolSeed {
  readonly name: string;
  readonly usage_type: ToolUsageType;
}

/** A `profession_career_paths` row; salaries in IDR per month. First = entry level, last = senior level. */
export interface ProfessionCareerPathSeed {
  readonly title: string;
  readonly experience_range: string;
  readonly salary_min: number;
  readonly salary_max: number;
  readonly sort_order: number;
}

/** One profession of the demo catalogue with all its child rows. */
export interface ProfessionSeed {
  /** Stable id (blocks of 100 per dominant letter: R 1xx, I 2xx, A 3xx, S 4xx, E 5xx, C 6xx). */
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  /** `profession_main_categories.code`. */
  readonly main_category_code: string;
  /** `profession_sub_categories.code`. */
  readonly sub_category_code: string;
  /** Resolves to `riasec_code_id` through `riasec_codes.riasec_code`. */
  readonly riasec_code: string;
  readonly about_description: string;
  /** What kind of person thrives in the profession (column `professions.riasec_description`). */
  readonly riasec_description: string;
  readonly activities: readonly ProfessionOrderedTextSeed[];
  readonly market_insights: readonly ProfessionOrderedTextSeed[];
  readonly skills: readonly ProfessionSkillSeed[];
  readonly tools: readonly ProfessionToolSeed[];
  readonly career_paths: readonly ProfessionCareerPathSeed[];
  /** `study_programs.name` values linked through `profession_study_program_rels`. */
  readonly study_programs: readonly string[];
}
