/**
 * The columns kenali reads or writes on the career-profile tables that upstream may already have created
 * (ADR 0015). Where the Go-created and the Alembic schemas name a column differently, every accepted name is
 * listed: the database keeps the one it has and kenali resolves it at start-up (physical-schema.ts). Only a
 * column missing under every name is added, and always nullable or with a default right for existing rows.
 */
export interface NeededColumn {
  readonly table: string;
  /** Accepted physical names; the first is the one kenali adds when none exists. */
  readonly names: readonly [string, ...string[]];
  /** SQL after the column name in ADD COLUMN; never NOT NULL without a default. */
  readonly definition: string;
  readonly why: string;
}

const SESSIONS = 'careerprofile_test_sessions';

// Existing sessions without these columns were RIASEC + Ikigai tests (the Go-created schema has no fit-check
// table), so the defaults describe them; kenali writes every column explicitly for its own rows.
const sessionColumns: readonly NeededColumn[] = [
  {
    table: SESSIONS,
    names: ['persona_type'],
    definition: `varchar(20) default 'PATHFINDER'`,
    why: 'persona snapshot; sessions without one are read as PATHFINDER (the persona without a target)',
  },
  {
    table: SESSIONS,
    names: ['test_goal'],
    definition: `varchar(20) default 'RECOMMENDATION'`,
    why: 'goal of the test; sessions without one were RECOMMENDATION tests',
  },
  {
    table: SESSIONS,
    names: ['target_profession_id'],
    definition: 'bigint',
    why: 'fit-check target; NULL for RECOMMENDATION',
  },
  {
    table: SESSIONS,
    names: ['uses_ikigai'],
    definition: 'boolean default true',
    why: 'true for RECOMMENDATION',
  },
  { table: SESSIONS, names: ['algorithm_version'], definition: `varchar(20) default '1.0'`, why: 'versions' },
  {
    table: SESSIONS,
    names: ['question_set_version'],
    definition: `varchar(20) default '1.0'`,
    why: 'versions',
  },
];

const DIMENSIONS = ['1_love', '2_good_at', '3_world_needs', '4_paid_for'] as const;

const dimensionColumns: readonly NeededColumn[] = DIMENSIONS.map((suffix) => ({
  table: 'ikigai_responses',
  names: [`dimension${suffix}`, `dimension_${suffix}`],
  definition: 'jsonb',
  why: 'one Ikigai answer, NULL until answered',
}));

const topColumns = (table: string): NeededColumn[] =>
  ([1, 2] as const).map((rank) => ({
    table,
    names: [`top_profession${rank}_id`, `top_profession_${rank}_id`],
    definition: 'bigint',
    why: `rank-${rank} profession id`,
  }));

export const NEEDED_COLUMNS: readonly NeededColumn[] = [
  ...sessionColumns,
  {
    table: 'riasec_results',
    names: ['riasec_code'],
    definition: 'varchar(3)',
    why: 'the derived code next to its id (Alembic has it; upstream rows leave it NULL)',
  },
  ...dimensionColumns,
  ...topColumns('ikigai_total_scores'),
  ...topColumns('career_recommendations'),
  {
    table: 'career_recommendations',
    names: ['generated_at', 'created_at'],
    definition: 'timestamptz default now()',
    why: 'when the recommendation was written',
  },
];

/** Indexes kenali's queries need on adopted tables (by their first column); added only when missing. */
export const NEEDED_INDEXES: readonly { table: string; column: string; name: string }[] = [
  { table: SESSIONS, column: 'user_id', name: 'idx_careerprofile_sessions_user_id' },
  { table: 'kenalidiri_history', column: 'user_id', name: 'idx_kenalidiri_history_user_id' },
];
