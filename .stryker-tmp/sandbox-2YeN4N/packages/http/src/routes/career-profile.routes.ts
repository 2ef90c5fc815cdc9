// @ts-nocheck
import { SessionToken } from '@kenali/domain';
import Router from '@koa/router';
import type { HttpDependencies } from '../dependencies.js';
import { decodeWith } from '../codecs/decode.js';
import { SetActiveProfileBody } from '../codecs/profile.codecs.js';
import { idempotent } from '../idempotency/idempotency.middleware.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { currentUser } from './current-user.js';

const SET_ACTIVE = '/career-profile/user-profile/set-active';

/** The active career profile (upstream §5.6 on the Go table of decisions §4). */
export const careerProfileRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.get(
    '/career-profile/user-profile',
    rateLimit(limits, { name: 'user-profile', max: 60, per: 'minute' }),
    async (ctx) => {
      await respond(ctx, deps.careerProfile.get.execute(currentUser(ctx).id));
    },
  );
  router.post(
    SET_ACTIVE,
    rateLimit(limits, { name: 'user-profile-set-active', max: 30, per: 'minute' }),
    // The upsert and its response commit together, so a replay returns exactly what was stored.
    idempotent(deps.idempotency, `/api/v1${SET_ACTIVE}`, { storeInTransaction: true }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(SetActiveProfileBody)(ctx.request.body));
      if (!body) return;
      await respond(
        ctx,
        deps.careerProfile.setActive.execute(currentUser(ctx).id, SessionToken(body.session_token)),
      );
    },
  );
  return router;
};
