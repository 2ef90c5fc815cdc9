// @ts-nocheck
import { type PersonalityResult, fallbackAboutCode } from '@kenali/domain';
import Router from '@koa/router';
import type { HttpDependencies } from '../dependencies.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { renderedRead } from './rendered-read.js';

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
    renderedRead(deps.rendered, 'recommendation', (caller, token) => recommendation.execute(caller, token)),
  );
  router.get(
    '/career-profile/result/fit-check/:session_token',
    rateLimit(limits, { name: 'result-fit-check', max: 30, per: 'minute' }),
    renderedRead(deps.rendered, 'fit-check', (caller, token) => fitCheck.execute(caller, token)),
  );
  router.get(
    '/career-profile/result/personality/:session_token',
    rateLimit(limits, { name: 'result-personality', max: 30, per: 'minute' }),
    renderedRead(
      deps.rendered,
      'personality',
      (caller, token) => personality.execute(caller, token),
      writtenByAi,
    ),
  );
  return router;
};
