// @ts-nocheck
import { ProfessionId, RiasecCodeId, type CareerStep, type ProfessionProfile } from '@kenali/domain';
import {
  buildRiasecCodes,
  PROFESSIONS,
  type ProfessionCareerPathSeed,
  type ProfessionSeed,
} from '../../packages/adapters/src/seed/content/index.js';

/*
 * The demo catalogue (seed `PROFESSIONS`) as the domain's `ProfessionProfile`s, cut the way the Postgres
 * catalogue cuts them (upstream §4.4 limits): ids = seed ids, 5 activities, 5 required hard skills, 3 soft skills,
 * 4 required tools, first career step = entry level, last = senior level. Shared by the AI and scoring tests.
 */

const codeIds: ReadonlyMap<string, number> = new Map(
  buildRiasecCodes().map((row) => [row.riasec_code, row.id]),
);

const step = (path: ProfessionCareerPathSeed | undefined): CareerStep | null =>
  path === undefined
    ? null
    : {
        title: path.title,
        experience_range: path.experience_range,
        salary_min: path.salary_min,
        salary_max: path.salary_max,
      };

export const toProfile = (seed: ProfessionSeed): ProfessionProfile => {
  const paths = [...seed.career_paths].sort((a, b) => a.sort_order - b.sort_order);
  const codeId = codeIds.get(seed.riasec_code);
  return {
    profession_id: ProfessionId(seed.id),
    name: seed.name,
    riasec_code: seed.riasec_code,
    riasec_code_id: codeId === undefined ? null : RiasecCodeId(codeId),
    about_description: seed.about_description,
    riasec_description: seed.riasec_description,
    activities: [...seed.activities]
      .sort((a, b) => a.sort_order - b.sort_order)
      .slice(0, 5)
      .map((a) => a.description),
    hard_skills: seed.skills
      .filter((s) => s.skill_type === 'hard' && s.priority === 'wajib')
      .slice(0, 5)
      .map((s) => s.name),
    soft_skills: seed.skills
      .filter((s) => s.skill_type === 'soft')
      .slice(0, 3)
      .map((s) => s.name),
    tools: seed.tools
      .filter((t) => t.usage_type === 'wajib')
      .slice(0, 4)
      .map((t) => t.name),
    entry_level_path: step(paths[0]),
    senior_level_path: step(paths[paths.length - 1]),
  };
};

/** All 67 demo professions, sorted by id. */
export const DEMO_PROFILES: readonly ProfessionProfile[] = PROFESSIONS.map(toProfile);

const byId: ReadonlyMap<number, ProfessionProfile> = new Map(DEMO_PROFILES.map((p) => [p.profession_id, p]));

/** One demo profile; throws on an unknown id so a renumbered catalogue fails loudly. */
export const demoProfile = (id: number): ProfessionProfile => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no demo profession ${id}`);
  return found;
};

/** Demo profiles by id, in the given order. */
export const demoProfiles = (ids: readonly number[]): ProfessionProfile[] => ids.map(demoProfile);

/** The demo profile with this exact name (e.g. "Akuntan"). */
export const demoProfileNamed = (name: string): ProfessionProfile => {
  const found = DEMO_PROFILES.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no demo profession named ${name}`);
  return found;
};

/**
 * A realistic candidate pool: 30 demo professions, five from each RIASEC block (ids 1xx R … 6xx C), as a
 * session's expanded candidate list would hold.
 */
export const DEMO_POOL_30: readonly ProfessionProfile[] = demoProfiles([
  101, 102, 103, 105, 108, 201, 202, 204, 206, 210, 301, 302, 303, 306, 308, 401, 402, 403, 406, 409, 501,
  502, 503, 505, 506, 601, 602, 603, 604, 606,
]);
