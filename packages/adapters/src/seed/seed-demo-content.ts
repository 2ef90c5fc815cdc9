import type { Knex } from 'knex';
import {
  KENALIDIRI_CATEGORIES,
  PROFESSIONS,
  PROFESSION_MAIN_CATEGORIES,
  PROFESSION_SUB_CATEGORIES,
  RIASEC_QUESTIONS,
  buildRiasecCodes,
} from './content/index.js';
import { seedProfessions } from './seed-professions.js';

export interface SeedReport {
  readonly categories: number;
  readonly riasec_codes: number;
  readonly questions: number;
  readonly professions: number;
}

/** Moves a serial past ids inserted explicitly, so later inserts by Go or admins do not collide. */
export const syncSequence = async (db: Knex | Knex.Transaction, table: string): Promise<void> => {
  await db.raw(
    // is_called = false: the next id is exactly max + 1 (1 on an empty table).
    `select setval(pg_get_serial_sequence(?, 'id'), (select coalesce(max(id), 0) + 1 from ??), false)`,
    [table, table],
  );
};

const inserted = (rows: unknown[]): number => rows.length;

/**
 * Loads kenali's own reference content. Idempotent: rows that exist (by their natural key) are left as
 * they are, so an admin's edits and the upstream seed are never overwritten. Counts are rows inserted.
 */
export const seedDemoContent = async (knex: Knex): Promise<SeedReport> =>
  knex.transaction(async (trx) => {
    // First past any ids another seeder inserted explicitly, so the numbers the sequence hands out are free.
    await syncSequence(trx, 'kenalidiri_categories');
    const categories = inserted(
      await trx('kenalidiri_categories')
        .insert(KENALIDIRI_CATEGORIES.map((c) => ({ ...c })))
        .onConflict('category_code')
        .ignore()
        .returning('id'),
    );
    await syncSequence(trx, 'kenalidiri_categories');

    // Another seeder may have numbered its codes differently: a code keeps the seed's id only when that id
    // is free, otherwise the sequence numbers it (codes are found by riasec_code, never by id). The codes with
    // their own ids go in first, so the sequence then starts past them as well as past the other seeder's.
    const takenIds = new Set(
      (await trx('riasec_codes').select('id')).map((r: { id: number | string }) => Number(r.id)),
    );
    const rows = buildRiasecCodes().map(({ id, ...c }) => ({
      ...(takenIds.has(id) ? {} : { id }),
      ...c,
      strengths: JSON.stringify(c.strengths),
      challenges: JSON.stringify(c.challenges),
      strategies: JSON.stringify(c.strategies),
      work_environments: JSON.stringify(c.work_environments),
      interaction_styles: JSON.stringify(c.interaction_styles),
    }));
    let codes = 0;
    for (const batch of [rows.filter((r) => 'id' in r), rows.filter((r) => !('id' in r))]) {
      await syncSequence(trx, 'riasec_codes');
      if (batch.length === 0) continue;
      codes += inserted(
        await trx('riasec_codes').insert(batch).onConflict('riasec_code').ignore().returning('id'),
      );
    }
    await syncSequence(trx, 'riasec_codes');

    const questions = inserted(
      await trx('riasec_questions')
        .insert(
          RIASEC_QUESTIONS.map((q) => ({ question_id: q.code, riasec_type: q.type, question_text: q.text })),
        )
        .onConflict('question_id')
        .ignore()
        .returning('id'),
    );

    const professions = await seedProfessions(
      trx,
      PROFESSION_MAIN_CATEGORIES,
      PROFESSION_SUB_CATEGORIES,
      PROFESSIONS,
    );
    return { categories, riasec_codes: codes, questions, professions };
  });
