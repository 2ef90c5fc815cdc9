import type { ProfessionProfile } from '@kenali/domain';
import { PROFESSIONS, type ProfessionSeed } from '../../seed/content/index.js';
import { buildDocument, FIELDS, type Field } from './profession-document.js';

/**
 * Corpus statistics of kenali's shipped demo catalogue (67 professions), used instead of the statistics of each
 * call's candidates: a word then weighs the same in every batch ("rumah" is common, "korsleting" rare), so a
 * profession's score depends on the answer and the profession only, and scores from different batches compare.
 */
export interface ReferenceCorpus {
  readonly size: number;
  readonly documentFrequency: ReadonlyMap<string, number>;
  readonly averageLength: Readonly<Record<Field, number>>;
}

/** A seed row cut the way the catalogue port cuts a profile (5 activities, 5 hard, 3 soft skills, 4 tools). */
const asProfile = (seed: ProfessionSeed): ProfessionProfile => {
  const paths = [...seed.career_paths].sort((a, b) => a.sort_order - b.sort_order);
  return {
    profession_id: seed.id,
    name: seed.name,
    riasec_code: seed.riasec_code,
    riasec_code_id: null,
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
    entry_level_path: paths[0] ?? null,
    senior_level_path: paths[paths.length - 1] ?? null,
  } as unknown as ProfessionProfile;
};

let corpus: ReferenceCorpus | undefined;

/** Built once, on first use (a few milliseconds). */
export const referenceCorpus = (): ReferenceCorpus => {
  if (corpus !== undefined) return corpus;
  const documents = PROFESSIONS.map((seed) => buildDocument(asProfile(seed)));
  const documentFrequency = new Map<string, number>();
  for (const d of documents)
    for (const stem of d.vocabulary) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const averageLength = {} as Record<Field, number>;
  for (const field of FIELDS)
    averageLength[field] = documents.reduce((sum, d) => sum + d.length[field], 0) / documents.length;
  corpus = { size: documents.length, documentFrequency, averageLength };
  return corpus;
};
