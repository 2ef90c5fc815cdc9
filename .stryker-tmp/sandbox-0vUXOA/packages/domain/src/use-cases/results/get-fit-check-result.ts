// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
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
    // Plain async over the ports' TaskEithers: a hot read path (ADR 0014).
    return async () => {
      const read = await this.repos.reads.fitCheck(caller.id, token)();
      const completed = E.isLeft(read) ? read : completedRead('FIT_CHECK')(read.right);
      if (E.isLeft(completed)) return completed;
      const { session, rows } = completed.right;
      if (O.isNone(rows.record)) return E.left({ _tag: 'FitCheckResultNotFound' as const });
      const record = rows.record.value;
      const [userCode, professionCode, briefs] = await Promise.all([
        catalogue.codeById(record.user_riasec_code_id)(),
        catalogue.codeById(record.profession_riasec_code_id)(),
        catalogue.briefs([record.profession_id])(),
      ]);
      if (E.isLeft(userCode)) return userCode;
      if (E.isLeft(professionCode)) return professionCode;
      if (E.isLeft(briefs)) return briefs;
      return E.right(
        buildFitCheckResult({
          header: resultHeader(caller, session),
          record,
          userCode: userCode.right?.riasec_code ?? '',
          professionCode: professionCode.right?.riasec_code ?? '',
          professionName: briefs.right[0]?.name,
        }),
      );
    };
  }
}
