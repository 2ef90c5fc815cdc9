// @ts-nocheck
import type { RescoreFilter, SessionId } from '@kenali/domain';
import type { Knex } from 'knex';

const DIMENSION_COLUMNS = [
  'dimension1_love',
  'dimension2_good_at',
  'dimension3_world_needs',
  'dimension4_paid_for',
];

/**
 * Sessions joined to the rows that decide their kind: scored (total scores exist) or stuck. Past a keyset
 * position the joined tables are cut at it too: PostgreSQL does not carry `s.id > after` across the join
 * keys, so a merge join would otherwise read every joined row before the position, page after page, and a
 * run over 100,000 sessions would spend most of its database time re-reading what it already did.
 */
export const selectionBase = (db: Knex, after: SessionId | null = null): Knex.QueryBuilder => {
  const join =
    (alias: string) =>
    (on: Knex.JoinClause): void => {
      void on.on(`${alias}.test_session_id`, '=', 's.id');
      if (after !== null) void on.andOnVal(`${alias}.test_session_id`, '>', Number(after));
    };
  const q = db('careerprofile_test_sessions as s')
    .leftJoin('ikigai_total_scores as t', join('t'))
    .leftJoin('ikigai_dimension_scores as d', join('d'))
    .leftJoin('ikigai_responses as r', join('r'));
  if (after !== null) void q.where('s.id', '>', after);
  return q;
};

const window = (q: Knex.QueryBuilder, column: string, filter: RescoreFilter): void => {
  if (filter.since) void q.where(column, '>=', filter.since);
  if (filter.until) void q.where(column, '<=', filter.until);
};

/**
 * The WHERE clause of a selection (see `RescoreFilter`), after the keyset position `after`. Both kinds are
 * OR-ed so one ascending id order covers a mixed run.
 */
export const filtered = (db: Knex, filter: RescoreFilter, after: SessionId | null): Knex.QueryBuilder => {
  const q = selectionBase(db, after);
  if (filter.tokens !== null) void q.whereIn('s.session_token', [...filter.tokens]);
  void q.where((kinds) => {
    if (filter.scored) {
      void kinds.orWhere((scored) => {
        void scored.whereNotNull('t.test_session_id');
        window(scored, 's.completed_at', filter);
        if (filter.fallbackOnly) {
          // CASE, not AND: SQL does not promise to evaluate the type check before the length.
          void scored.whereRaw(
            `CASE WHEN jsonb_typeof(d.scores_data -> 'metadata' -> 'failed_dimensions') = 'array'` +
              ` THEN jsonb_array_length(d.scores_data -> 'metadata' -> 'failed_dimensions') > 0 ELSE false END`,
          );
        }
      });
    }
    if (filter.stuck) {
      void kinds.orWhere((stuck) => {
        void stuck.whereNull('t.test_session_id').where('s.status', 'ikigai_ongoing');
        for (const column of DIMENSION_COLUMNS) void stuck.whereNotNull(`r.${column}`);
        window(stuck, 's.started_at', filter);
      });
    }
    if (!filter.scored && !filter.stuck) void kinds.whereRaw('false');
  });
  return q;
};
