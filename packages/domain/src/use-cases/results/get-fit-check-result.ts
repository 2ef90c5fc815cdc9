import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { SessionToken } from '../../model/ids.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { UserSummary } from '../../ports/user-directory.js';
import { type FitCheckResult, buildFitCheckResult } from './fit-check-result.js';
import { resultHeader } from './result-header.js';
import { type ResultSessionError, completedRead } from './result-session.js';

export type GetFitCheckResultError = ResultSessionError | { readonly _tag: 'FitCheckResultNotFound' };

/** GET /result/fit-check/{token} (upstream §5.4): the stored verdict, explained by rules (no AI). */
export class GetFitCheckResult {
  constructor(private readonly repos: Repositories) {}

  execute(caller: UserSummary, token: SessionToken): TE.TaskEither<GetFitCheckResultError, FitCheckResult> {
    const { catalogue } = this.repos;
    return pipe(
      this.repos.reads.fitCheck(caller.id, token),
      TE.chainEitherKW(completedRead('FIT_CHECK')),
      TE.chainW(({ session, rows }) =>
        pipe(
          TE.fromOption((): GetFitCheckResultError => ({ _tag: 'FitCheckResultNotFound' }))(rows.record),
          TE.map((record) => ({ session, record })),
        ),
      ),
      TE.bindW('lookups', ({ record }) =>
        pipe(
          TE.Do,
          TE.apS('userCode', catalogue.codeById(record.user_riasec_code_id)),
          TE.apS('professionCode', catalogue.codeById(record.profession_riasec_code_id)),
          TE.apS('briefs', catalogue.briefs([record.profession_id])),
        ),
      ),
      TE.map(({ session, record, lookups }) =>
        buildFitCheckResult({
          header: resultHeader(caller, session),
          record,
          userCode: lookups.userCode?.riasec_code ?? '',
          professionCode: lookups.professionCode?.riasec_code ?? '',
          professionName: lookups.briefs[0]?.name,
        }),
      ),
    );
  }
}
