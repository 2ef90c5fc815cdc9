import type { RenderedResults, ResultRoute } from '@kenali/adapters';
import { type PersonalityResult, SessionToken, type UserSummary, fallbackAboutCode } from '@kenali/domain';
import Router from '@koa/router';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Context } from 'koa';
import type { HttpDependencies } from '../dependencies.js';
import { decodeWith } from '../codecs/decode.js';
import { SessionTokenParam } from '../codecs/session.codecs.js';
import type { AppError } from '../error-mapping.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { decodeOrAnswer, respondRendered } from '../respond.js';
import { currentUser } from './current-user.js';

type ResultTab<A> = (caller: UserSummary, token: SessionToken) => TE.TaskEither<AppError, A>;

/**
 * Decode the token, then answer from the rendered answer of unchanged rows or run the tab for the
 * authenticated caller (whose name is already loaded by auth).
 */
const tab =
  <A>(rendered: RenderedResults, route: ResultRoute, run: ResultTab<A>, reusable?: (value: A) => boolean) =>
  async (ctx: Context) => {
    const params = decodeOrAnswer(ctx, decodeWith(SessionTokenParam, 'path')(ctx.params));
    if (!params) return;
    const caller = currentUser(ctx);
    const token = SessionToken(params.session_token);
    const lookup = await rendered.lookup(route, caller.id, token, caller.fullname ?? '');
    await respondRendered(ctx, lookup, run(caller, token), reusable);
  };

/** The generic text shown while the AI cannot write "Tentang Kode" is never reused: the next view retries. */
const writtenByAi = (result: PersonalityResult): boolean =>
  result.about_code !== fallbackAboutCode(result.riasec_code);

/** The three result tabs of upstream §5.3–§5.5, 30/minute each (decisions §4 (43)). */
export const resultRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  const { recommendation, fitCheck, personality } = deps.results;
  router.get(
    '/career-profile/result/recommendation/:session_token',
    rateLimit(limits, { name: 'result-recommendation', max: 30, per: 'minute' }),
    tab(deps.rendered, 'recommendation', (caller, token) => recommendation.execute(caller, token)),
  );
  router.get(
    '/career-profile/result/fit-check/:session_token',
    rateLimit(limits, { name: 'result-fit-check', max: 30, per: 'minute' }),
    tab(deps.rendered, 'fit-check', (caller, token) => fitCheck.execute(caller, token)),
  );
  router.get(
    '/career-profile/result/personality/:session_token',
    rateLimit(limits, { name: 'result-personality', max: 30, per: 'minute' }),
    tab(deps.rendered, 'personality', (caller, token) => personality.execute(caller, token), writtenByAi),
  );
  return router;
};
