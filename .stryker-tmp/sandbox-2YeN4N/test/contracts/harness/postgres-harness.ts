// @ts-nocheck
import {
  type ProfessionId,
  type RiasecCodeRecord,
  type UserId,
  ProfessionId as toProfessionId,
  RiasecCodeId,
} from '@kenali/domain';
import type { Knex } from 'knex';
import { PostgresIdempotencyStore } from '../../../packages/adapters/src/postgres/postgres-idempotency-store.js';
import {
  PostgresUnitOfWork,
  postgresRepositories,
} from '../../../packages/adapters/src/postgres/postgres-unit-of-work.js';
import { KENALIDIRI_CATEGORIES } from '../../../packages/adapters/src/seed/content/index.js';
import { syncSequence } from '../../../packages/adapters/src/seed/seed-demo-content.js';
import { type ProfessionSpec, canonicalCode, suffix, uuid } from '../../fakes/mothers/index.js';
import type { ContractHarness, Seeder } from '../contract-subject.js';

const asList = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

/** The `kenali seed` categories (history rows reference CAREER_PROFILE = 3); identical rows, so order never matters. */
const ensureCategories = async (knex: Knex): Promise<void> => {
  await knex('kenalidiri_categories')
    .insert(KENALIDIRI_CATEGORIES.map((c) => ({ ...c })))
    .onConflict('category_code')
    .ignore();
  await syncSequence(knex, 'kenalidiri_categories');
};

/** A code row exactly as `kenali seed` writes it (so a later seed run finds nothing to change). */
const ensureCode = async (knex: Knex, code: string): Promise<RiasecCodeRecord> => {
  const row = canonicalCode(code);
  await knex('riasec_codes')
    .insert({
      ...row,
      strengths: JSON.stringify(row.strengths),
      challenges: JSON.stringify(row.challenges),
      strategies: JSON.stringify(row.strategies),
      work_environments: JSON.stringify(row.work_environments),
      interaction_styles: JSON.stringify(row.interaction_styles),
    })
    .onConflict('riasec_code')
    .ignore();
  await syncSequence(knex, 'riasec_codes');
  const stored = await knex('riasec_codes').where({ riasec_code: code }).first();
  return {
    id: RiasecCodeId(Number(stored.id)),
    riasec_code: stored.riasec_code,
    riasec_title: stored.riasec_title,
    riasec_description: stored.riasec_description ?? '',
    strengths: asList(stored.strengths),
    challenges: asList(stored.challenges),
    strategies: asList(stored.strategies),
    work_environments: asList(stored.work_environments),
    interaction_styles: asList(stored.interaction_styles),
  };
};

/**
 * The PostgreSQL adapters on the shared test database. Every row the seeder creates is tracked and removed by
 * `cleanup` (users cascade to wallets, ledger, sessions and all session children), so the suite leaves the
 * database as it found it and the suite-wide token audit sees no debit of ours.
 */
export const postgresHarness = async (knex: Knex): Promise<ContractHarness> => {
  await ensureCategories(knex);
  const users: string[] = [];
  const professions: number[] = [];
  const names = { skills: [] as number[], tools: [] as number[] };
  let categories: { main: number; sub: number } | undefined;

  const catalogueCategories = async () => {
    if (categories) return categories;
    const code = `contract-${suffix()}`;
    const now = new Date();
    const [main] = await knex('profession_main_categories')
      .insert({
        code,
        name: 'Kategori Uji',
        description: 'Kategori untuk uji kontrak.',
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    const [sub] = await knex('profession_sub_categories')
      .insert({ main_category_id: main.id, code, name: 'Subkategori Uji', created_at: now, updated_at: now })
      .returning('id');
    categories = { main: Number(main.id), sub: Number(sub.id) };
    return categories;
  };

  const named = async (table: 'skills' | 'tools', name: string): Promise<number> => {
    const [row] = await knex(table).insert({ name }).returning('id');
    names[table].push(Number(row.id));
    return Number(row.id);
  };

  const seed: Seeder = {
    async user({ tokens = 0 } = {}) {
      const id = uuid();
      users.push(id);
      await knex('users').insert({
        id,
        fullname: 'Pengguna Kontrak',
        email: `${id}@contract.kenali.test`,
        password: '!',
        phone_number: '-',
        role: 'USER',
      });
      if (tokens !== null) await knex('token_wallet').insert({ user_id: id, balance: tokens });
      return id as UserId;
    },

    code: (code) => ensureCode(knex, code),

    async profession(spec: ProfessionSpec): Promise<ProfessionId> {
      const { main, sub } = await catalogueCategories();
      const codeId = spec.code === null ? null : (await ensureCode(knex, spec.code)).id;
      const now = new Date();
      const [row] = await knex('professions')
        .insert({
          slug: `contract-${suffix()}`,
          name: spec.name,
          main_category_id: main,
          sub_category_id: sub,
          riasec_code_id: codeId,
          about_description: spec.about,
          riasec_description: spec.riasecDescription,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      const id = Number(row.id);
      professions.push(id);
      for (const [i, description] of spec.activities.entries())
        await knex('profession_activities').insert({ profession_id: id, description, sort_order: i + 1 });
      for (const [type, list] of [
        ['hard', spec.hardSkills],
        ['soft', spec.softSkills],
      ] as const)
        for (const name of list)
          await knex('profession_skill_rels').insert({
            profession_id: id,
            skill_id: await named('skills', name),
            skill_type: type,
            priority: 'wajib',
          });
      for (const name of spec.tools)
        await knex('profession_tool_rels').insert({
          profession_id: id,
          tool_id: await named('tools', name),
          usage_type: 'wajib',
        });
      for (const [i, path] of spec.paths.entries())
        await knex('profession_career_paths').insert({ profession_id: id, ...path, sort_order: i + 1 });
      return toProfessionId(id);
    },

    async balance(user) {
      const row = await knex('token_wallet').where({ user_id: user }).first('balance');
      return row ? Number(row.balance) : undefined;
    },

    async ledger(user) {
      const rows = await knex('token_ledger as l')
        .join('token_wallet as w', 'w.id', 'l.wallet_id')
        .where('w.user_id', user)
        .orderBy([{ column: 'l.occurred_at' }, { column: 'l.balance_before', order: 'desc' }])
        .select('l.*');
      return rows.map((r) => ({
        direction: r.direction,
        amount: r.amount,
        balance_before: r.balance_before,
        balance_after: r.balance_after,
        reference: r.reference_id,
        description: r.description,
        occurred_at: r.occurred_at,
      }));
    },

    async history(session) {
      const rows = await knex('kenalidiri_history').where({ detail_session_id: session }).orderBy('id');
      return rows.map((r) => ({
        user: r.user_id,
        category: Number(r.test_category_id),
        status: r.status,
        started_at: r.started_at,
        completed_at: r.completed_at,
      }));
    },

    async riasecAnswers(session) {
      const row = await knex('riasec_responses').where({ test_session_id: session }).first('responses_data');
      return row?.responses_data.responses;
    },

    async ikigaiCompletion(session) {
      const row = await knex('ikigai_responses')
        .where({ test_session_id: session })
        .first('completed', 'completed_at');
      return row && { completed: row.completed, completed_at: row.completed_at };
    },
  };

  return {
    repos: postgresRepositories(knex),
    uow: new PostgresUnitOfWork(knex),
    idempotency: new PostgresIdempotencyStore(knex),
    seed,
    async cleanup() {
      if (users.length > 0) {
        await knex('idempotency_keys').whereIn('user_id', users).delete();
        await knex('users').whereIn('id', users).delete();
      }
      if (professions.length > 0) await knex('professions').whereIn('id', professions).delete();
      for (const table of ['skills', 'tools'] as const)
        if (names[table].length > 0) await knex(table).whereIn('id', names[table]).delete();
      if (categories) {
        await knex('profession_sub_categories').where({ id: categories.sub }).delete();
        await knex('profession_main_categories').where({ id: categories.main }).delete();
      }
    },
  };
};
