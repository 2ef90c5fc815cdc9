import type { Knex } from 'knex';
import { migrationStatus } from '../migrator.js';
import { type AdoptionStep, describeStep, planAdoption } from './adoption-plan.js';
import { ADOPTED_TABLE } from '../migrations/schema-helpers.js';
import { readCatalogue } from './catalogue.js';
import { describeRealignment, planGoFkRules } from './go-fk-rules.js';

/**
 * Which tables each migration creates, and what it does when one already exists: `go` tables (owned by the
 * Go backend) are created only when missing and otherwise left alone; `career` tables are adopted as they
 * are (ADR 0015); `kenali` tables are kenali's alone and must not exist yet.
 */
const TABLES: readonly { migration: string; kind: 'go' | 'career' | 'kenali'; tables: readonly string[] }[] =
  [
    { migration: '20261122000001_go_owned_accounts', kind: 'kenali', tables: ['kenali_owned_tables'] },
    {
      migration: '20261122000001_go_owned_accounts',
      kind: 'go',
      tables: ['users', 'token_wallet', 'token_ledger'],
    },
    {
      migration: '20261122000002_go_owned_reference',
      kind: 'go',
      tables: [
        'kenalidiri_categories',
        'riasec_codes',
        'profession_main_categories',
        'profession_sub_categories',
        'professions',
        'profession_activities',
        'profession_market_insights',
        'profession_career_paths',
        'skills',
        'profession_skill_rels',
        'tools',
        'profession_tool_rels',
        'study_programs',
        'profession_study_program_rels',
      ],
    },
    {
      migration: '20261122000003_sessions',
      kind: 'career',
      tables: ['careerprofile_test_sessions', 'kenalidiri_history'],
    },
    { migration: '20261122000003_sessions', kind: 'go', tables: ['user_career_profile'] },
    {
      migration: '20261122000004_riasec',
      kind: 'career',
      tables: ['riasec_question_sets', 'riasec_responses', 'riasec_results'],
    },
    {
      migration: '20261122000005_ikigai',
      kind: 'career',
      tables: [
        'ikigai_candidate_professions',
        'ikigai_responses',
        'ikigai_dimension_scores',
        'ikigai_total_scores',
      ],
    },
    {
      migration: '20261122000006_results',
      kind: 'career',
      tables: ['career_recommendations', 'fit_check_results'],
    },
    { migration: '20261122000007_idempotency', kind: 'kenali', tables: ['idempotency_keys'] },
    { migration: '20261122000008_riasec_questions', kind: 'kenali', tables: ['riasec_questions'] },
    {
      migration: '20261122000009_score_revisions',
      kind: 'kenali',
      tables: ['rescore_runs', 'score_revisions'],
    },
    { migration: '20261205000011_adopt_upstream_tables', kind: 'kenali', tables: ['kenali_added_objects'] },
    { migration: '20261205000012_app_links', kind: 'kenali', tables: ['app_links'] },
  ];

export interface MigrationPlan {
  readonly pending: readonly string[];
  /** One line per change, in the order `migrate up` makes them. */
  readonly lines: readonly string[];
  readonly adoption: readonly AdoptionStep[];
}

/** What `kenali migrate up` would do on this database, read from the catalogue; changes nothing. */
export const planMigrations = async (knex: Knex): Promise<MigrationPlan> => {
  const { pending } = await migrationStatus(knex);
  const catalogue = await readCatalogue(knex);
  const lines: string[] = [];
  for (const entry of TABLES) {
    if (!pending.includes(entry.migration)) continue;
    for (const table of entry.tables) {
      const exists = catalogue.columns.has(table);
      if (!exists) lines.push(`create table ${table}`);
      else if (entry.kind === 'career') lines.push(`adopt  table ${table} (kept as it is, rows untouched)`);
      else if (entry.kind === 'go')
        lines.push(`keep   table ${table} (owned by the Go backend, not altered)`);
      else lines.push(`FAIL   table ${table} already exists and is kenali's own: migrate up will stop`);
    }
  }
  // The register of adopted tables appears with the first adoption.
  const adopts = lines.some((line) => line.startsWith('adopt '));
  if (adopts && !catalogue.columns.has(ADOPTED_TABLE)) lines.push(`create table ${ADOPTED_TABLE}`);
  const adoption = pending.includes('20261205000011_adopt_upstream_tables')
    ? await planAdoption(knex, catalogue)
    : [];
  for (const step of adoption) lines.push(describeStep(step));
  // Keys on tables that do not exist yet are created with the Go rules in the same run: nothing to show.
  if (pending.includes('20261206000013_go_fk_rules'))
    for (const realignment of await planGoFkRules(knex)) lines.push(describeRealignment(realignment));
  if (pending.length > 0)
    lines.push(
      'relax  no constraint the Go backend or upstream created (none is dropped, renamed, retyped or loosened)',
    );
  return { pending, lines, adoption };
};
