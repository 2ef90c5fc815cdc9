import { SessionToken, type UserSummary } from '@kenali/domain';
import Router from '@koa/router';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Context } from 'koa';
import type { HttpDependencies } from '../dependencies.js';
import { decodeWith } from '../codecs/decode.js';
import { SessionTokenParam } from '../codecs/session.codecs.js';
import type { AppError } from '../error-mapping.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { currentUser } from './current-user.js';

type ResultTab = (caller: UserSummary, token: SessionToken) => TE.TaskEither<AppError, unknown>;

/** Decode the token, run the tab for the authenticated caller (whose name is already loaded by auth). */
const tab = (run: ResultTab) => async (ctx: Context) => {
  const params = decodeOrAnswer(ctx, decodeWith(SessionTokenParam, 'path')(ctx.params));
  if (!params) return;
  await respond(ctx, run(currentUser(ctx), SessionToken(params.session_token)));
};

/** The three result tabs of upstream §5.3–§5.5, 30/minute each (decisions §4 (43)). */
export const resultRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  const { recommendation, fitCheck, personality } = deps.results;
  router.get(
    '/career-profile/result/recommendation/:session_token',
    rateLimit(limits, { name: 'result-recommendation', max: 30, per: 'minute' }),
    tab((caller, token) => recommendation.execute(caller, token)),
  );
  router.get(
    '/career-profile/result/fit-check/:session_token',
    rateLimit(limits, { name: 'result-fit-check', max: 30, per: 'minute' }),
    tab((caller, token) => fitCheck.execute(caller, token)),
  );
  router.get(
    '/career-profile/result/personality/:session_token',
    rateLimit(limits, { name: 'result-personality', max: 30, per: 'minute' }),
    tab((caller, token) => personality.execute(caller, token)),
  );
  return router;
};
