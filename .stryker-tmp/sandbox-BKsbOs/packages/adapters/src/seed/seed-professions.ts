// @ts-nocheck
import type { Knex } from 'knex';
import type {
  ProfessionMainCategorySeed,
  ProfessionSeed,
  ProfessionSubCategorySeed,
} from './content/index.js';

type Db = Knex.Transaction;

/** Inserts names into a lookup table (skills, tools, study programs) and returns name → id. */
const upsertNames = async (db: Db, table: string, names: readonly string[]): Promise<Map<string, number>> => {
  const unique = [...new Set(names)];
  if (unique.length > 0)
    await db(table)
      .insert(unique.map((name) => ({ name })))
      .onConflict('name')
      .ignore();
  const rows = (await db(table).select('id', 'name').whereIn('name', unique)) as {
    id: number;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.name, r.id]));
};

const idsByCode = async (db: Db, table: string): Promise<Map<string, number>> => {
  const rows: { id: number; code: string }[] = await db(table).select('id', 'code');
  return new Map(rows.map((r) => [r.code, r.id]));
};

const required = <K, V>(map: Map<K, V>, key: K, what: string): V => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} ${String(key)}`);
  return value;
};

const seedCategories = async (
  db: Db,
  mains: readonly ProfessionMainCategorySeed[],
  subs: readonly ProfessionSubCategorySeed[],
) => {
  const now = new Date();
  await db('profession_main_categories')
    .insert(mains.map((m) => ({ ...m, created_at: now, updated_at: now })))
    .onConflict('code')
    .ignore();
  const mainIds = await idsByCode(db, 'profession_main_categories');
  const existingSubs = await idsByCode(db, 'profession_sub_categories');
  const missing = subs.filter((s) => !existingSubs.has(s.code));
  if (missing.length > 0) {
    await db('profession_sub_categories').insert(
      missing.map((s) => ({
        main_category_id: required(mainIds, s.main_category_code, 'main category'),
        code: s.code,
        name: s.name,
        description: s.description,
        created_at: now,
        updated_at: now,
      })),
    );
  }
  return { mainIds, subIds: await idsByCode(db, 'profession_sub_categories') };
};

/** The demo catalogue; professions already present (by slug) are skipped with their child rows. */
export const seedProfessions = async (
  db: Db,
  mains: readonly ProfessionMainCategorySeed[],
  subs: readonly ProfessionSubCategorySeed[],
  professions: readonly ProfessionSeed[],
): Promise<number> => {
  const { mainIds, subIds } = await seedCategories(db, mains, subs);
  const codeRows: { id: number; riasec_code: string }[] = await db('riasec_codes').select(
    'id',
    'riasec_code',
  );
  const codeIds = new Map(codeRows.map((r) => [r.riasec_code, r.id]));
  const existing = new Set((await db('professions').select('slug')).map((r: { slug: string }) => r.slug));
  const fresh = professions.filter((p) => !existing.has(p.slug));
  if (fresh.length === 0) return 0;

  const now = new Date();
  const rows: { id: number; slug: string }[] = await db('professions')
    .insert(
      // The demo ids are stable (R 1xx … C 6xx) so docs and tests can name them.
      fresh.map((p) => ({
        id: p.id,
        slug: p.slug,
        name: p.name,
        main_category_id: required(mainIds, p.main_category_code, 'main category'),
        sub_category_id: required(subIds, p.sub_category_code, 'sub category'),
        riasec_code_id: required(codeIds, p.riasec_code, 'riasec code'),
        about_description: p.about_description,
        riasec_description: p.riasec_description,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict()
    .ignore()
    .returning(['id', 'slug']);
  await db.raw(
    `select setval(pg_get_serial_sequence('professions', 'id'), greatest((select max(id) from professions), 1))`,
  );
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));

  const skills = await upsertNames(
    db,
    'skills',
    fresh.flatMap((p) => p.skills.map((s) => s.name)),
  );
  const tools = await upsertNames(
    db,
    'tools',
    fresh.flatMap((p) => p.tools.map((t) => t.name)),
  );
  const programs = await upsertNames(
    db,
    'study_programs',
    fresh.flatMap((p) => p.study_programs),
  );

  const children = fresh
    .filter((p) => idOf.has(p.slug))
    .map((p) => ({ p, id: required(idOf, p.slug, 'profession') }));
  const insertAll = async (table: string, list: object[]) => {
    if (list.length > 0) await db(table).insert(list);
  };
  await insertAll(
    'profession_activities',
    children.flatMap(({ p, id }) => p.activities.map((a) => ({ profession_id: id, ...a }))),
  );
  await insertAll(
    'profession_market_insights',
    children.flatMap(({ p, id }) => p.market_insights.map((m) => ({ profession_id: id, ...m }))),
  );
  await insertAll(
    'profession_career_paths',
    children.flatMap(({ p, id }) => p.career_paths.map((c) => ({ profession_id: id, ...c }))),
  );
  await insertAll(
    'profession_skill_rels',
    children.flatMap(({ p, id }) =>
      p.skills.map((s) => ({
        profession_id: id,
        skill_id: required(skills, s.name, 'skill'),
        skill_type: s.skill_type,
        priority: s.priority,
      })),
    ),
  );
  await insertAll(
    'profession_tool_rels',
    children.flatMap(({ p, id }) =>
      p.tools.map((t) => ({
        profession_id: id,
        tool_id: required(tools, t.name, 'tool'),
        usage_type: t.usage_type,
      })),
    ),
  );
  await insertAll(
    'profession_study_program_rels',
    children.flatMap(({ p, id }) =>
      p.study_programs.map((name) => ({
        profession_id: id,
        study_program_id: required(programs, name, 'study program'),
      })),
    ),
  );
  return children.length;
};
