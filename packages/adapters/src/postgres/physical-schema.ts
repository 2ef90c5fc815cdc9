import { DIMENSION_KEYS, type DimensionKey } from '@kenali/domain';
import type { Knex } from 'knex';
import { firstPresent, readCatalogue } from './adoption/catalogue.js';

/**
 * The physical names of the columns that differ between the schemas kenali runs on (ADR 0015): its own, the
 * Go-created production schema and upstream's Alembic schema. Resolved once at start-up from the catalogue;
 * every repository takes its column names from here, so no query checks for a variant itself.
 */
export interface PhysicalSchema {
  /** Which naming the database uses, for logs and statement names. */
  readonly variant: 'kenali' | 'go' | 'alembic' | 'mixed';
  /** `ikigai_responses` answer columns. */
  readonly dimensions: Readonly<Record<DimensionKey, string>>;
  /**
   * The Go-created schema declares the answer columns NOT NULL: an unanswered dimension is then stored as the
   * JSON value `null`, so no constraint of the Go schema has to be relaxed.
   */
  readonly dimensionsRequired: boolean;
  readonly totalTop: readonly [string, string];
  readonly recommendationTop: readonly [string, string];
  /** `generated_at`, or Alembic's `created_at`. */
  readonly recommendationTime: string;
  /** Alembic's `career_recommendations.test_goal` exists and is written. */
  readonly recommendationGoal: boolean;
}

/** The names kenali's own migrations create (decisions §3). */
export const KENALI_SCHEMA: PhysicalSchema = {
  variant: 'kenali',
  dimensions: {
    what_you_love: 'dimension1_love',
    what_you_are_good_at: 'dimension2_good_at',
    what_the_world_needs: 'dimension3_world_needs',
    what_you_can_be_paid_for: 'dimension4_paid_for',
  },
  dimensionsRequired: false,
  totalTop: ['top_profession1_id', 'top_profession2_id'],
  recommendationTop: ['top_profession1_id', 'top_profession2_id'],
  recommendationTime: 'generated_at',
  recommendationGoal: false,
};

const ALEMBIC_DIMENSIONS: Readonly<Record<DimensionKey, string>> = {
  what_you_love: 'dimension_1_love',
  what_you_are_good_at: 'dimension_2_good_at',
  what_the_world_needs: 'dimension_3_world_needs',
  what_you_can_be_paid_for: 'dimension_4_paid_for',
};

/** Reads the catalogue of a migrated database and names what it has; fails when a needed column is missing. */
export const resolvePhysicalSchema = async (knex: Knex): Promise<PhysicalSchema> => {
  const catalogue = await readCatalogue(knex);
  const pick = (table: string, names: readonly string[]): string => {
    const found = firstPresent(catalogue, table, names);
    if (found === undefined) {
      throw new Error(`${table} has none of ${names.join(', ')}: run \`kenali migrate up\` first`);
    }
    return found;
  };
  const dimensions = Object.fromEntries(
    DIMENSION_KEYS.map((key) => [
      key,
      pick('ikigai_responses', [KENALI_SCHEMA.dimensions[key], ALEMBIC_DIMENSIONS[key]]),
    ]),
  ) as Record<DimensionKey, string>;
  const top = (table: string): [string, string] => [
    pick(table, ['top_profession1_id', 'top_profession_1_id']),
    pick(table, ['top_profession2_id', 'top_profession_2_id']),
  ];
  const responses = catalogue.columns.get('ikigai_responses');
  const names = {
    dimensions,
    dimensionsRequired: Object.values(dimensions).some((c) => responses?.get(c)?.nullable === false),
    totalTop: top('ikigai_total_scores'),
    recommendationTop: top('career_recommendations'),
    recommendationTime: pick('career_recommendations', ['generated_at', 'created_at']),
    recommendationGoal: catalogue.columns.get('career_recommendations')?.has('test_goal') === true,
  };
  const { variant: _, ...kenaliNames } = KENALI_SCHEMA;
  if (JSON.stringify(names) === JSON.stringify(kenaliNames)) return KENALI_SCHEMA;
  const variant =
    dimensions.what_you_love === ALEMBIC_DIMENSIONS.what_you_love
      ? 'alembic'
      : names.dimensionsRequired
        ? 'go'
        : 'mixed';
  return { variant, ...names };
};

/** A short tag of the naming, so named statements of different namings never share a name. */
export const schemaTag = (schema: PhysicalSchema): string => {
  if (schema === KENALI_SCHEMA) return 'k';
  let hash = 5381;
  for (const char of JSON.stringify(schema)) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
};
