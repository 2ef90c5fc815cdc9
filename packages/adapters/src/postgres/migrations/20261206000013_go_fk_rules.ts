import type { Knex } from 'knex';
import { applyGoFkRules, revertGoFkRules } from '../adoption/go-fk-rules.js';

/**
 * Gives the foreign keys kenali created onto Go-owned tables the Go backend's rules (ON UPDATE CASCADE
 * ON DELETE CASCADE, as every key of the production schema), so kenali's keys never refuse a delete or an id
 * change the Go admin may make (issue 15, ADR 0015). Keys on tables the Go side or upstream created are
 * left as they are.
 */
export const up = (knex: Knex): Promise<void> => applyGoFkRules(knex);

export const down = (knex: Knex): Promise<void> => revertGoFkRules(knex);
