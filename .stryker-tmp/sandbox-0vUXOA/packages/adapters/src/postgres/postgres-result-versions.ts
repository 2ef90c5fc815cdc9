// @ts-nocheck
import type { PortError, SessionToken, UserId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { Knex } from 'knex';
import { toPortError } from './attempt.js';
import { type NamedStatement, namedQuery } from './named-query.js';

/** The read routes whose rendered answers may be reused while the rows behind them are unchanged. */
export type ResultRoute = 'riasec' | 'ikigai' | 'fit-check' | 'recommendation' | 'personality';

/**
 * The version of the rows one route reads for a session: a row's `xmin` changes on every UPDATE, DELETE +
 * INSERT or restore, whoever writes it (kenali, the Go admin, a rescore), so equal versions mean the route
 * would read the same rows. Catalogue tables read through the reference cache are not part of it.
 */
export interface ResultVersions {
  /** undefined: no such session for this user (the route then answers for itself). */
  of(route: ResultRoute, user: UserId, token: SessionToken): Promise<E.Either<PortError, string | undefined>>;
}

const version = (...aliases: string[]): string =>
  `concat_ws(':', ${aliases.map((a) => `coalesce(${a}.xmin::text, '-')`).join(', ')})`;
const OWNED = 'where s.session_token = $1 and s.user_id = $2';
const SESSIONS = 'careerprofile_test_sessions s';
const OUTCOME_JOINS = `left join riasec_results r on r.test_session_id = s.id
  left join riasec_codes c on c.id = r.riasec_code_id
  left join ikigai_candidate_professions k on k.test_session_id = s.id`;

// The same tables as the statements of PostgresSessionReads, one named statement per shape.
const RIASEC: NamedStatement = {
  name: 'kenali_version_riasec_v1',
  text: `select ${version('s', 'r', 'c', 'k')} as version from ${SESSIONS} ${OUTCOME_JOINS} ${OWNED}`,
};
const STATEMENTS: Record<ResultRoute, NamedStatement> = {
  riasec: RIASEC,
  personality: RIASEC,
  ikigai: {
    name: 'kenali_version_ikigai_v1',
    text: `select ${version('s', 't')} || ':' || (select count(*) from ikigai_dimension_scores d
        where d.test_session_id = s.id) as version
      from ${SESSIONS} left join ikigai_total_scores t on t.test_session_id = s.id ${OWNED}`,
  },
  'fit-check': {
    name: 'kenali_version_fit_check_v1',
    text: `select ${version('s', 'f')} as version
      from ${SESSIONS} left join fit_check_results f on f.test_session_id = s.id ${OWNED}`,
  },
  recommendation: {
    name: 'kenali_version_recommendation_v1',
    text: `select ${version('s', 'r', 'c', 'k', 'cr')} as version from ${SESSIONS} ${OUTCOME_JOINS}
      left join career_recommendations cr on cr.test_session_id = s.id ${OWNED}`,
  },
};

export class PostgresResultVersions implements ResultVersions {
  constructor(private readonly db: Knex) {}

  async of(
    route: ResultRoute,
    user: UserId,
    token: SessionToken,
  ): Promise<E.Either<PortError, string | undefined>> {
    try {
      const rows = await namedQuery<{ version: string }>(this.db, STATEMENTS[route], [token, user]);
      return E.right(rows[0]?.version);
    } catch (caught) {
      return E.left(toPortError('result_versions')(caught));
    }
  }
}
