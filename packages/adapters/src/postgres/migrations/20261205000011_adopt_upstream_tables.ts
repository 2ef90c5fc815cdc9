import type { Knex } from 'knex';
import { applyAdoption, revertAdoption } from '../adoption/adoption-plan.js';

/**
 * Brings career-profile tables that upstream created (the Go-created or the Alembic schema, or a state in
 * between) to what kenali needs, without dropping, renaming or retyping anything (ADR 0015): missing columns
 * are added nullable or with a default right for existing rows, missing lookup indexes are created, and each
 * addition is recorded in `kenali_added_objects` so `down` removes exactly those. On a database kenali
 * created itself the plan is empty.
 */
const MIGRATION = '20261205000011_adopt_upstream_tables';

export const up = async (knex: Knex): Promise<void> => {
  await applyAdoption(knex, MIGRATION);
};

export const down = (knex: Knex): Promise<void> => revertAdoption(knex);
