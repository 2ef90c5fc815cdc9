// @ts-nocheck
import { ProfessionId } from '@kenali/domain';
import Router from '@koa/router';
import type { HttpDependencies } from '../dependencies.js';
import { FitCheckStartBody, RecommendationStartBody } from '../codecs/session.codecs.js';
import { decodeWith } from '../codecs/decode.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { idempotent } from '../idempotency/idempotency.middleware.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { currentUser } from './current-user.js';

/** POST /career-profile/recommendation/start and /fit-check/start (upstream §2.5). */
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
  return router;
};
