import { DIMENSION_KEYS, type DimensionKey, SessionToken } from '@kenali/domain';
import Router from '@koa/router';
import * as t from 'io-ts';
import type { HttpDependencies } from '../dependencies.js';
import { decodeWith } from '../codecs/decode.js';
import { selectedId } from '../codecs/ikigai.codecs.js';
import { PositiveInt, SessionTokenText } from '../codecs/session.codecs.js';
import { idempotent } from '../idempotency/idempotency.middleware.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { decodeOrAnswer, respond } from '../respond.js';
import { currentUser } from './current-user.js';

const Answer = t.intersection([
  t.type({ selection_type: t.keyof({ selected: null, not_selected: null }), reasoning_text: t.string }),
  t.partial({
    selected_profession_id: t.union([PositiveInt, t.null]),
    selected_profession_ids: t.array(PositiveInt),
  }),
]);
const AssessmentBody = t.type({
  session_token: SessionTokenText,
  answers: t.type(
    Object.fromEntries(DIMENSION_KEYS.map((k) => [k, Answer])) as Record<DimensionKey, typeof Answer>,
  ),
});

/** POST /assessments/submit: the whole Ikigai assessment (four answers) in one idempotent request. */
export const assessmentRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.post(
    '/assessments/submit',
    rateLimit(limits, { name: 'assessment-submit', max: 40, per: 'hour' }),
    idempotent(deps.idempotency, '/api/v1/assessments/submit', { storeInTransaction: false }),
    async (ctx) => {
      const body = decodeOrAnswer(ctx, decodeWith(AssessmentBody)(ctx.request.body));
      if (!body) return;
      const answers = Object.fromEntries(
        DIMENSION_KEYS.map((k) => [
          k,
          {
            selected_profession_id: selectedId(body.answers[k]),
            selection_type: body.answers[k].selection_type,
            reasoning_text: body.answers[k].reasoning_text,
          },
        ]),
      ) as Parameters<HttpDependencies['submitAssessment']['execute']>[0]['answers'];
      await respond(
        ctx,
        deps.submitAssessment.execute({
          user: currentUser(ctx).id,
          token: SessionToken(body.session_token),
          answers,
        }),
      );
    },
  );
  return router;
};
