// @ts-nocheck
import { SessionToken } from '@kenali/domain';
import Router from '@koa/router';
import * as TE from 'fp-ts/lib/TaskEither.js';
import type { HttpDependencies } from '../dependencies.js';
import { RiasecSubmitBody } from '../codecs/session.codecs.js';
import { decodeWith } from '../codecs/decode.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { idempotent } from '../idempotency/idempotency.middleware.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { renderedRead } from './rendered-read.js';
import { currentUser } from './current-user.js';

/** RIASEC submit and result reload (upstream §3.2, §3.8). */
export const riasecRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.post(
    '/career-profile/riasec/submit',
    rateLimit(limits, { name: 'riasec-submit', max: 10, per: 'hour' }),
    idempotent(deps.idempotency, '/api/v1/career-profile/riasec/submit', { storeInTransaction: true }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(RiasecSubmitBody)(ctx.request.body));
      if (!body) return;
      await respond(
        ctx,
        deps.submitRiasec.execute({
          user: currentUser(ctx).id,
          token: SessionToken(body.session_token),
          answers: body.responses,
        }),
      );
    },
  );
  router.get(
    '/career-profile/riasec/result/:session_token',
    rateLimit(limits, { name: 'riasec-result', max: 60, per: 'minute' }),
    renderedRead(deps.rendered, 'riasec', (caller, token) => deps.riasecResult.execute(caller.id, token)),
  );
  return router;
};

/** GET /career-profile/riasec/questions: public, in the REXTRA-AI envelope. */
export const riasecQuestionRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.get(
    '/career-profile/riasec/questions',
    rateLimit(limits, { name: 'riasec-questions', max: 120, per: 'minute' }),
    async (ctx) => {
      const envelope = TE.map((data: unknown) => ({
        success: true,
        message: 'success get riasec questions',
        data,
      }));
      await respond(ctx, envelope(deps.queries.riasecQuestions()));
    },
  );
  return router;
};
