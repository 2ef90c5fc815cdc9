// @ts-nocheck
import { PROFESSION_SUB_CATEGORIES, type SubCategoryCode } from './profession-sub-categories.js';
import type { ProfessionSeed, ProfessionSkillSeed, SkillPriority } from './types.js';

/*
 * A compact authoring format for the profession catalogue and its expansion into column-shaped rows
 * (`ProfessionSeed`). Pure: no ids are resolved here except the profession's own stable id.
 */

/** [title, experience range, salary min, salary max] — IDR per month, entry level first. */
export type CareerStep = readonly [
  title: string,
  experienceRange: string,
  salaryMin: number,
  salaryMax: number,
];

export interface PrioritisedNames {
  readonly wajib: readonly string[];
  readonly dianjurkan?: readonly string[];
}

export interface ProfessionDraft {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
  /** The main category follows from the sub-category. */
  readonly sub: SubCategoryCode;
  readonly code: string;
  readonly about: string;
  /** What kind of person thrives (stored as `professions.riasec_description`). */
  readonly personality: string;
  readonly activities: readonly string[];
  readonly hard: PrioritisedNames;
  readonly soft: PrioritisedNames;
  readonly tools: { readonly wajib: readonly string[]; readonly umum?: readonly string[] };
  readonly study: readonly string[];
  readonly career: readonly CareerStep[];
  readonly insights: readonly string[];
}

const mainCategoryOf = (sub: SubCategoryCode): string => {
  const found = PROFESSION_SUB_CATEGORIES.find((row) => row.code === sub);
  if (found === undefined) throw new Error(`unknown profession sub-category ${sub}`);
  return found.main_category_code;
};

const skills = (names: PrioritisedNames, skill_type: 'hard' | 'soft'): ProfessionSkillSeed[] =>
  (['wajib', 'dianjurkan'] as const satisfies readonly SkillPriority[]).flatMap((priority) =>
    (names[priority] ?? []).map((name): ProfessionSkillSeed => ({ name, skill_type, priority })),
  );

const ordered = (texts: readonly string[]) =>
  texts.map((description, index) => ({ description, sort_order: index + 1 }));

/** Expands a draft into the row shape the seeder inserts. */
export const defineProfession = (draft: ProfessionDraft): ProfessionSeed => ({
  id: draft.id,
  slug: draft.slug,
  name: draft.name,
  main_category_code: mainCategoryOf(draft.sub),
  sub_category_code: draft.sub,
  riasec_code: draft.code,
  about_description: draft.about,
  riasec_description: draft.personality,
  activities: ordered(draft.activities),
  market_insights: ordered(draft.insights),
  skills: [...skills(draft.hard, 'hard'), ...skills(draft.soft, 'soft')],
  tools: [
    ...draft.tools.wajib.map((name) => ({ name, usage_type: 'wajib' as const })),
    ...(draft.tools.umum ?? []).map((name) => ({ name, usage_type: 'umum' as const })),
  ],
  career_paths: draft.career.map(([title, experience_range, salary_min, salary_max], index) => ({
    title,
    experience_range,
    salary_min,
    salary_max,
    sort_order: index + 1,
  })),
  study_programs: [...draft.study],
});
