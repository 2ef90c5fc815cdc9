import type { Knex } from 'knex';
import { type SchemaCatalogue, firstPresent, readCatalogue } from './catalogue.js';
import { NEEDED_COLUMNS, NEEDED_INDEXES } from './needed-columns.js';

/** Everything kenali adds to tables it adopted, so that a rollback removes exactly that (ADR 0015). */
export const ADDED_OBJECTS = 'kenali_added_objects';

export type AdoptionStep =
  | {
      readonly kind: 'add_column';
      readonly table: string;
      readonly column: string;
      readonly definition: string;
      readonly why: string;
    }
  | { readonly kind: 'create_index'; readonly table: string; readonly column: string; readonly name: string }
  | {
      readonly kind: 'backfill';
      readonly table: string;
      readonly rows: number;
      readonly description: string;
    };

const SESSIONS = 'careerprofile_test_sessions';

/**
 * Sessions that predate the goal columns but have a fit-check verdict were fit checks: they get that goal,
 * no Ikigai and the verdict's profession as target. Every other existing session keeps the column defaults.
 */
const FIT_CHECK_BACKFILL = `update ${SESSIONS} s
   set test_goal = 'FIT_CHECK', uses_ikigai = false, persona_type = 'BUILDER',
       target_profession_id = f.profession_id
  from fit_check_results f where f.test_session_id = s.id`;

const countRows = async (knex: Knex, sql: string): Promise<number> => {
  const { rows } = await knex.raw<{ rows: { n: string | number }[] }>(sql);
  return Number(rows[0]?.n ?? 0);
};

/** The steps `migrate up` takes on these tables, computed from the catalogue alone; changes nothing. */
export const planAdoption = async (knex: Knex, catalogue?: SchemaCatalogue): Promise<AdoptionStep[]> => {
  const schema = catalogue ?? (await readCatalogue(knex));
  const steps: AdoptionStep[] = [];
  for (const needed of NEEDED_COLUMNS) {
    if (!schema.columns.has(needed.table)) continue; // kenali creates the table with everything
    if (firstPresent(schema, needed.table, needed.names) !== undefined) continue;
    steps.push({
      kind: 'add_column',
      table: needed.table,
      column: needed.names[0],
      definition: needed.definition,
      why: needed.why,
    });
  }
  for (const index of NEEDED_INDEXES) {
    if (!schema.columns.get(index.table)?.has(index.column)) continue;
    if (schema.indexedFirstColumns.get(index.table)?.has(index.column)) continue;
    steps.push({ kind: 'create_index', ...index });
  }
  const addsGoal = steps.some(
    (s) => s.kind === 'add_column' && s.table === SESSIONS && s.column === 'test_goal',
  );
  if (addsGoal) {
    const sessions = await countRows(knex, `select count(*) as n from ${SESSIONS}`);
    if (sessions > 0) {
      steps.push({
        kind: 'backfill',
        table: SESSIONS,
        rows: sessions,
        description:
          'existing sessions get the column defaults (persona PATHFINDER, goal RECOMMENDATION, uses_ikigai ' +
          'true, versions 1.0)',
      });
    }
    if (schema.columns.has('fit_check_results')) {
      const fitChecks = await countRows(
        knex,
        `select count(*) as n from ${SESSIONS} s join fit_check_results f on f.test_session_id = s.id`,
      );
      if (fitChecks > 0) {
        steps.push({
          kind: 'backfill',
          table: SESSIONS,
          rows: fitChecks,
          description:
            "sessions with a fit-check verdict become FIT_CHECK (persona BUILDER, target = the verdict's profession, no Ikigai)",
        });
      }
    }
  }
  return steps;
};

/** One line per step, as `kenali migrate plan` prints it. */
export const describeStep = (step: AdoptionStep): string => {
  switch (step.kind) {
    case 'add_column':
      return `add column ${step.table}.${step.column} ${step.definition} (${step.why})`;
    case 'create_index':
      return `create index ${step.name} on ${step.table} (${step.column})`;
    case 'backfill':
      return `backfill ${step.rows} row(s) of ${step.table}: ${step.description}`;
  }
};

const ensureRegistry = async (knex: Knex): Promise<void> => {
  if (await knex.schema.hasTable(ADDED_OBJECTS)) return;
  await knex.schema.createTable(ADDED_OBJECTS, (t) => {
    t.increments('id');
    t.string('table_name', 63).notNullable();
    t.string('object_kind', 20).notNullable(); // column | index
    t.string('object_name', 63).notNullable();
    t.string('added_by_migration', 255).notNullable();
    t.timestamp('added_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['table_name', 'object_kind', 'object_name']);
  });
};

/** Runs the plan inside the migration's transaction and records every object it adds. */
export const applyAdoption = async (knex: Knex, migration: string): Promise<AdoptionStep[]> => {
  await ensureRegistry(knex);
  const steps = await planAdoption(knex);
  for (const step of steps) {
    if (step.kind === 'add_column') {
      await knex.raw(`alter table ?? add column ?? ${step.definition}`, [step.table, step.column]);
      await knex(ADDED_OBJECTS).insert({
        table_name: step.table,
        object_kind: 'column',
        object_name: step.column,
        added_by_migration: migration,
      });
    } else if (step.kind === 'create_index') {
      await knex.raw('create index ?? on ?? (??)', [step.name, step.table, step.column]);
      await knex(ADDED_OBJECTS).insert({
        table_name: step.table,
        object_kind: 'index',
        object_name: step.name,
        added_by_migration: migration,
      });
    }
  }
  // The defaults filled the existing rows when the columns were added; fit checks are told apart here.
  if (steps.some((s) => s.kind === 'backfill') && (await knex.schema.hasTable('fit_check_results'))) {
    await knex.raw(FIT_CHECK_BACKFILL);
  }
  return steps;
};

/** Removes exactly what `applyAdoption` added (newest first); upstream's columns and rows stay. */
export const revertAdoption = async (knex: Knex): Promise<void> => {
  if (!(await knex.schema.hasTable(ADDED_OBJECTS))) return;
  const added = await knex(ADDED_OBJECTS)
    .orderBy('id', 'desc')
    .select<{ table_name: string; object_kind: string; object_name: string }[]>(
      'table_name',
      'object_kind',
      'object_name',
    );
  for (const object of added) {
    if (object.object_kind === 'index') await knex.raw('drop index if exists ??', [object.object_name]);
    else await knex.raw('alter table ?? drop column if exists ??', [object.table_name, object.object_name]);
  }
  await knex.schema.dropTable(ADDED_OBJECTS);
};
