import { ProfessionId, SessionToken } from '@kenali/domain';
import Router from '@koa/router';
import type { HttpDependencies } from '../dependencies.js';
import { FitCheckStartBody, RecommendationStartBody, SessionTokenParam } from '../codecs/session.codecs.js';
import { decodeWith } from '../codecs/decode.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { idempotent } from '../idempotency/idempotency.middleware.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { ABANDON } from './abandon-path.js';
import { currentUser } from './current-user.js';

/**
 * POST /career-profile/recommendation/start and /fit-check/start (upstream §2.5), and
 * POST /career-profile/sessions/{session_token}/abandon.
 */
export const sessionRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.post(
    '/career-profile/recommendation/start',
    rateLimit(limits, { name: 'recommendation-start', max: 10, per: 'hour' }),
    idempotent(deps.idempotency, '/api/v1/career-profile/recommendation/start', { storeInTransaction: true }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(RecommendationStartBody)(ctx.request.body));
      if (!body) return;
      await respond(
        ctx,
        deps.startSession.execute({
          user: currentUser(ctx).id,
          goal: 'RECOMMENDATION',
          persona: body.persona_type,
          targetProfessionId: null,
        }),
      );
    },
  );
  router.post(
    '/career-profile/fit-check/start',
    rateLimit(limits, { name: 'fit-check-start', max: 20, per: 'hour' }),
    idempotent(deps.idempotency, '/api/v1/career-profile/fit-check/start', { storeInTransaction: true }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(FitCheckStartBody)(ctx.request.body));
      if (!body) return;
      await respond(
        ctx,
        deps.startSession.execute({
          user: currentUser(ctx).id,
          goal: 'FIT_CHECK',
          persona: body.persona_type,
          targetProfessionId: ProfessionId(body.target_profession_id),
        }),
      );
    },
  );
  router.post(
    '/career-profile/sessions/:session_token/abandon',
    rateLimit(limits, { name: 'session-abandon', max: 20, per: 'hour' }),
    idempotent(deps.idempotency, `/api/v1${ABANDON}`, { storeInTransaction: true, pathParams: true }),
    async (ctx) => {
      const params = decodeOrAnswer(ctx, decodeWith(SessionTokenParam, 'path')(ctx.params));
      if (!params) return;
      await respond(
        ctx,
        deps.abandonSession.execute(currentUser(ctx).id, SessionToken(params.session_token)),
      );
    },
  );
  return router;
};
