// @ts-nocheck
import type {
  FitCheckRead,
  IkigaiTotalsRead,
  OwnedRead,
  PortError,
  RecommendationRead,
  RiasecRead,
  Session,
  SessionReads,
  SessionToken,
  UserId,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Knex } from 'knex';
import { toPortError } from './attempt.js';
import { type NamedStatement, namedQuery } from './named-query.js';
import { decodeFitCheck } from './postgres-fit-check-repository.js';
import { decodeTotals } from './postgres-ikigai-repository.js';
import { decodeRecommendation } from './postgres-recommendation-repository.js';
import { decodeOutcome } from './postgres-riasec-repository.js';
import { SESSION_COLUMNS, decodeSession } from './postgres-session-repository.js';

const PORT = 'session_reads';

type Row = Record<string, unknown>;

/**
 * The columns of one joined table, selected as `<prefix>__<column>` next to the session's own columns,
 * plus `<prefix>__present`: true only when every row the repository's own query joins exists.
 */
const detail = (row: Row, prefix: string): Row | undefined => {
  if (row[`${prefix}__present`] !== true) return undefined;
  const start = `${prefix}__`;
  const out: Row = {};
  for (const key of Object.keys(row)) if (key.startsWith(start)) out[key.slice(start.length)] = row[key];
  delete out.present;
  return out;
};

// Each statement reads the caller's own session (token AND owner, so a foreign token reads nothing) with
// LEFT JOINs to the rows its route shows; the same columns and join conditions as the repositories' queries.
const OUTCOME_COLUMNS = `
  r.score_r as o__score_r, r.score_i as o__score_i, r.score_a as o__score_a, r.score_s as o__score_s,
  r.score_e as o__score_e, r.score_c as o__score_c, r.riasec_code_id as o__riasec_code_id,
  r.riasec_code_type as o__riasec_code_type, r.is_inconsistent_profile as o__is_inconsistent_profile,
  c.riasec_code as o__riasec_code, k.candidates_data as o__candidates_data,
  (r.id is not null and c.id is not null and k.id is not null) as o__present`;
const OUTCOME_JOINS = `
  left join riasec_results r on r.test_session_id = s.id
  left join riasec_codes c on c.id = r.riasec_code_id
  left join ikigai_candidate_professions k on k.test_session_id = s.id`;
const OWNED = `where s.session_token = $1 and s.user_id = $2`;
// Named columns, never `s.*`: a prepared statement whose result columns change (a column added by the Go
// side's migration) fails with "cached plan must not change result type".
const SESSION = SESSION_COLUMNS.map((column) => `s.${column}`).join(', ');

const RIASEC_SQL = `select ${SESSION}, ${OUTCOME_COLUMNS} from careerprofile_test_sessions s ${OUTCOME_JOINS} ${OWNED}`;

const TOTALS_SQL = `select ${SESSION}, t.scores_data as t__total_scores,
  (t.id is not null and exists (select 1 from ikigai_dimension_scores d where d.test_session_id = s.id))
    as t__present
  from careerprofile_test_sessions s
  left join ikigai_total_scores t on t.test_session_id = s.id ${OWNED}`;

const FIT_CHECK_SQL = `select ${SESSION}, f.profession_id as f__profession_id,
  f.user_riasec_code_id as f__user_riasec_code_id, f.profession_riasec_code_id as f__profession_riasec_code_id,
  f.match_category as f__match_category, f.rule_type as f__rule_type,
  f.dominant_letter_same as f__dominant_letter_same, f.is_adjacent_hexagon as f__is_adjacent_hexagon,
  f.match_score as f__match_score, f.created_at as f__created_at, (f.id is not null) as f__present
  from careerprofile_test_sessions s
  left join fit_check_results f on f.test_session_id = s.id ${OWNED}`;

const RECOMMENDATION_SQL = `select ${SESSION}, ${OUTCOME_COLUMNS},
  cr.recommendations_data as cr__recommendations_data, cr.top_profession1_id as cr__top_profession1_id,
  cr.top_profession2_id as cr__top_profession2_id, cr.ai_model_used as cr__ai_model_used,
  cr.generated_at as cr__generated_at, (cr.id is not null) as cr__present
  from careerprofile_test_sessions s ${OUTCOME_JOINS}
  left join career_recommendations cr on cr.test_session_id = s.id ${OWNED}`;

type Statement = NamedStatement;

/**
 * Named, so pg prepares each statement once per connection and PostgreSQL plans it once instead of on every
 * request: measured, planning these joins cost about half of the database's time per request (ADR 0012).
 */
const STATEMENTS = {
  riasec: { name: 'kenali_read_riasec_v1', text: RIASEC_SQL },
  ikigaiTotals: { name: 'kenali_read_ikigai_totals_v1', text: TOTALS_SQL },
  fitCheck: { name: 'kenali_read_fit_check_v1', text: FIT_CHECK_SQL },
  recommendation: { name: 'kenali_read_recommendation_v1', text: RECOMMENDATION_SQL },
} satisfies Record<keyof SessionReads, Statement>;

type Decoded<D> = (row: Row, session: Session) => E.Either<PortError, D>;

/** The session-level reads of the result routes in one statement each (ADR 0012). */
export class PostgresSessionReads implements SessionReads {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  riasec(user: UserId, token: SessionToken): RiasecRead {
    return this.read(STATEMENTS.riasec, user, token, (row) =>
      pipe(
        decodeOutcome(detail(row, 'o')),
        E.map((outcome) => ({ outcome })),
      ),
    );
  }

  ikigaiTotals(user: UserId, token: SessionToken): IkigaiTotalsRead {
    return this.read(STATEMENTS.ikigaiTotals, user, token, (row) =>
      pipe(
        decodeTotals(detail(row, 't')),
        E.map((totals) => ({ totals })),
      ),
    );
  }

  fitCheck(user: UserId, token: SessionToken): FitCheckRead {
    return this.read(STATEMENTS.fitCheck, user, token, (row, session) =>
      pipe(
        decodeFitCheck(session.id)(detail(row, 'f')),
        E.map((record) => ({ record })),
      ),
    );
  }

  recommendation(user: UserId, token: SessionToken): RecommendationRead {
    return this.read(STATEMENTS.recommendation, user, token, (row) =>
      pipe(
        E.Do,
        E.apS('outcome', decodeOutcome(detail(row, 'o'))),
        E.apS('recommendation', decodeRecommendation(detail(row, 'cr'))),
      ),
    );
  }

  private read<D>(
    statement: Statement,
    user: UserId,
    token: SessionToken,
    decoded: Decoded<D>,
  ): OwnedRead<D> {
    // Plain async instead of a TaskEither chain: these reads are the hottest path of the service, and every
    // combinator step costs promises (measured in bench:floor).
    return async () => {
      let rows: Row[];
      try {
        rows = await namedQuery<Row>(this.db, statement, [token, user]);
      } catch (caught) {
        return E.left(toPortError(PORT)(caught));
      }
      const row = rows[0];
      if (row === undefined) return E.right(O.none);
      const session = decodeSession(row);
      if (E.isLeft(session)) return session;
      const details = decoded(row, session.right);
      if (E.isLeft(details)) return details;
      return E.right(O.some({ session: session.right, ...details.right }));
    };
  }
}
