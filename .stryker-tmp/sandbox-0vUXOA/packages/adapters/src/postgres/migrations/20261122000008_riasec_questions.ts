// @ts-nocheck
import type { Knex } from 'knex';
import { assertTablesAbsent, timestampNow } from './schema-helpers.js';

/**
 * `riasec_questions` (upstream §1.5, REXTRA-AI): the item texts served by GET /riasec/questions. The
 * type is also derivable from the id range; storing it keeps the table readable for the Go admin.
 */
const TABLE = 'riasec_questions';

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, [TABLE]);
  await knex.schema.createTable(TABLE, (t) => {
    t.bigIncrements('id');
    t.string('question_id', 10).notNullable().unique({ indexName: 'riasec_questions_question_id_key' });
    t.string('riasec_type', 1)
      .notNullable()
      .checkIn(['R', 'I', 'A', 'S', 'E', 'C'], 'chk_riasec_questions_type');
    t.text('question_text').notNullable();
    timestampNow(knex, t, 'created_at');
  });
};

export const down = async (knex: Knex): Promise<void> => {
  await knex.schema.dropTable(TABLE);
};
