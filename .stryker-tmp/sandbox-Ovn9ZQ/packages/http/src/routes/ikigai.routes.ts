// @ts-nocheck
import { DIMENSION_INFO, SessionToken } from '@kenali/domain';
import Router from '@koa/router';
import type { HttpDependencies } from '../dependencies.js';
import { decodeWith } from '../codecs/decode.js';
import { IkigaiStartBody, SubmitDimensionBody, selectedId } from '../codecs/ikigai.codecs.js';
import { SessionTokenParam } from '../codecs/session.codecs.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { idempotent } from '../idempotency/idempotency.middleware.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { renderedRead } from './rendered-read.js';
import { currentUser } from './current-user.js';

/** GET /ikigai/dimensions: static, public. */
export const ikigaiPublicRoutes = (limits: RateLimitSettings): Router => {
  const router = new Router();
  router.get(
    '/career-profile/ikigai/dimensions',
    rateLimit(limits, { name: 'ikigai-dimensions', max: 60, per: 'minute' }),
    (ctx) => {
      ctx.body = { dimensions: DIMENSION_INFO, total: DIMENSION_INFO.length };
    },
  );
  return router;
};

/** The Ikigai phase (upstream §4): start, content, submit-dimension, result. */
export const ikigaiRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  const tokenParam = (params: unknown) => decodeWith(SessionTokenParam, 'path')(params);
  router.post(
    '/career-profile/ikigai/start',
    rateLimit(limits, { name: 'ikigai-start', max: 10, per: 'hour' }),
    idempotent(deps.idempotency, '/api/v1/career-profile/ikigai/start', { storeInTransaction: false }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(IkigaiStartBody)(ctx.request.body));
      if (!body) return;
      await respond(ctx, deps.ikigai.start.execute(currentUser(ctx).id, SessionToken(body.session_token)));
    },
  );
  router.get(
    '/career-profile/ikigai/content/:session_token',
    rateLimit(limits, { name: 'ikigai-content', max: 30, per: 'minute' }),
    async (ctx) => {
      const params = decodeOrAnswer(ctx, tokenParam(ctx.params));
      if (!params) return;
      await respond(
        ctx,
        deps.ikigai.content.execute(currentUser(ctx).id, SessionToken(params.session_token)),
      );
    },
  );
  router.post(
    '/career-profile/ikigai/submit-dimension',
    rateLimit(limits, { name: 'ikigai-submit', max: 40, per: 'hour' }),
    idempotent(deps.idempotency, '/api/v1/career-profile/ikigai/submit-dimension', {
      storeInTransaction: false,
    }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(SubmitDimensionBody)(ctx.request.body));
      if (!body) return;
      await respond(
        ctx,
        deps.ikigai.submit.execute({
          user: currentUser(ctx).id,
          token: SessionToken(body.session_token),
          dimension: body.dimension_name,
          selected_profession_id: selectedId(body),
          selection_type: body.selection_type,
          reasoning_text: body.reasoning_text,
        }),
      );
    },
  );
  router.get(
    '/career-profile/ikigai/result/:session_token',
    rateLimit(limits, { name: 'ikigai-result', max: 30, per: 'minute' }),
    renderedRead(deps.rendered, 'ikigai', (caller, token) => deps.ikigai.result.execute(caller.id, token)),
  );
  return router;
};
