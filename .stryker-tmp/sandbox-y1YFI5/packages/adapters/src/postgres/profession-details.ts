// @ts-nocheck
import type { CareerStep } from '@kenali/domain';
import type { Knex } from 'knex';

export interface ProfileDetails {
  activities: string[];
  hard_skills: string[];
  soft_skills: string[];
  tools: string[];
  paths: CareerStep[];
}

// Limits of the upstream profession contexts (§4.4): 5 activities, 5 hard, 3 soft skills, 4 tools.
const LIMITS = { activities: 5, hard_skills: 5, soft_skills: 3, tools: 4 } as const;

const push = (list: string[], value: string, limit: number) => {
  if (list.length < limit) list.push(value);
};

/** Activities, required skills and tools, and career paths of several professions in four queries. */
export const loadProfileDetails = async (
  db: Knex | Knex.Transaction,
  ids: readonly number[],
): Promise<Map<number, ProfileDetails>> => {
  const details = new Map<number, ProfileDetails>(
    ids.map((id) => [id, { activities: [], hard_skills: [], soft_skills: [], tools: [], paths: [] }]),
  );
  const of = (id: number) => details.get(id) as ProfileDetails;
  // Sequential on purpose: inside a transaction all four share one connection.
  const activities = await db('profession_activities')
    .select('profession_id', 'description')
    .whereIn('profession_id', ids)
    .orderBy(['profession_id', 'sort_order']);
  const skills = await db('profession_skill_rels as r')
    .join('skills as s', 's.id', 'r.skill_id')
    .select('r.profession_id', 's.name', 'r.skill_type', 'r.priority')
    .whereIn('r.profession_id', ids)
    .orderBy(['r.profession_id', 's.id']);
  const tools = await db('profession_tool_rels as r')
    .join('tools as t', 't.id', 'r.tool_id')
    .select('r.profession_id', 't.name')
    .where('r.usage_type', 'wajib')
    .whereIn('r.profession_id', ids)
    .orderBy(['r.profession_id', 't.id']);
  const paths = await db('profession_career_paths')
    .select('profession_id', 'title', 'experience_range', 'salary_min', 'salary_max')
    .whereIn('profession_id', ids)
    .orderBy(['profession_id', 'sort_order']);
  for (const a of activities as { profession_id: number; description: string }[])
    push(of(a.profession_id).activities, a.description, LIMITS.activities);
  for (const s of skills as { profession_id: number; name: string; skill_type: string; priority: string }[]) {
    if (s.skill_type === 'hard' && s.priority === 'wajib')
      push(of(s.profession_id).hard_skills, s.name, LIMITS.hard_skills);
    if (s.skill_type === 'soft') push(of(s.profession_id).soft_skills, s.name, LIMITS.soft_skills);
  }
  for (const tool of tools as { profession_id: number; name: string }[])
    push(of(tool.profession_id).tools, tool.name, LIMITS.tools);
  for (const p of paths as (CareerStep & { profession_id: number })[]) {
    of(p.profession_id).paths.push({
      title: p.title,
      experience_range: p.experience_range,
      salary_min: p.salary_min,
      salary_max: p.salary_max,
    });
  }
  return details;
};
