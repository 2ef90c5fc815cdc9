// @ts-nocheck
import { ARTISTIC_PROFESSIONS_1 } from './professions-artistic-1.js';
import { ARTISTIC_PROFESSIONS_2 } from './professions-artistic-2.js';
import { CONVENTIONAL_PROFESSIONS_1 } from './professions-conventional-1.js';
import { CONVENTIONAL_PROFESSIONS_2 } from './professions-conventional-2.js';
import { ENTERPRISING_PROFESSIONS_1 } from './professions-enterprising-1.js';
import { ENTERPRISING_PROFESSIONS_2 } from './professions-enterprising-2.js';
import { INVESTIGATIVE_PROFESSIONS_1 } from './professions-investigative-1.js';
import { INVESTIGATIVE_PROFESSIONS_2 } from './professions-investigative-2.js';
import { REALISTIC_PROFESSIONS_1 } from './professions-realistic-1.js';
import { REALISTIC_PROFESSIONS_2 } from './professions-realistic-2.js';
import { SOCIAL_PROFESSIONS_1 } from './professions-social-1.js';
import { SOCIAL_PROFESSIONS_2 } from './professions-social-2.js';
import type { ProfessionSeed } from './types.js';

/**
 * The demo profession catalogue ("Jelajah Profesi", upstream §1.17), sorted by id. Ids are stable (blocks of 100
 * per dominant letter); add new professions with new ids, never renumber, so fit-check targets stay valid.
 */
export const PROFESSIONS: readonly ProfessionSeed[] = [
  ...REALISTIC_PROFESSIONS_1,
  ...REALISTIC_PROFESSIONS_2,
  ...INVESTIGATIVE_PROFESSIONS_1,
  ...INVESTIGATIVE_PROFESSIONS_2,
  ...ARTISTIC_PROFESSIONS_1,
  ...ARTISTIC_PROFESSIONS_2,
  ...SOCIAL_PROFESSIONS_1,
  ...SOCIAL_PROFESSIONS_2,
  ...ENTERPRISING_PROFESSIONS_1,
  ...ENTERPRISING_PROFESSIONS_2,
  ...CONVENTIONAL_PROFESSIONS_1,
  ...CONVENTIONAL_PROFESSIONS_2,
].sort((a, b) => a.id - b.id);

/** Distinct `skills.name`, `tools.name` and `study_programs.name` values used by the catalogue, sorted. */
export const catalogueLookupNames = (
  professions: readonly ProfessionSeed[] = PROFESSIONS,
): { skills: string[]; tools: string[]; study_programs: string[] } => {
  const distinct = (names: Iterable<string>): string[] =>
    [...new Set(names)].sort((a, b) => a.localeCompare(b, 'id'));
  return {
    skills: distinct(professions.flatMap((p) => p.skills.map((s) => s.name))),
    tools: distinct(professions.flatMap((p) => p.tools.map((t) => t.name))),
    study_programs: distinct(professions.flatMap((p) => p.study_programs)),
  };
};
