// @ts-nocheck
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
    `select setval(pg_get_serial_sequence(?, 'id'), greatest((select coalesce(max(id), 0) from ??), 1))`,
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
    const categories = inserted(
      await trx('kenalidiri_categories')
        .insert(KENALIDIRI_CATEGORIES.map((c) => ({ ...c })))
        .onConflict('category_code')
        .ignore()
        .returning('id'),
    );
    await syncSequence(trx, 'kenalidiri_categories');

    const codes = inserted(
      await trx('riasec_codes')
        .insert(
          buildRiasecCodes().map((c) => ({
            ...c,
            strengths: JSON.stringify(c.strengths),
            challenges: JSON.stringify(c.challenges),
            strategies: JSON.stringify(c.strategies),
            work_environments: JSON.stringify(c.work_environments),
            interaction_styles: JSON.stringify(c.interaction_styles),
          })),
        )
        .onConflict('riasec_code')
        .ignore()
        .returning('id'),
    );
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
