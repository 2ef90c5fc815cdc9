import Router from '@koa/router';
import type { HttpDependencies } from '../dependencies.js';
import { addressLimit } from '../middleware/address-limit.js';
import { authenticate } from '../middleware/auth.js';
import type { RateLimitSettings } from '../middleware/rate-limit.js';
import { assessmentRoutes } from './assessments.routes.js';
import { cardRoutes } from './card.routes.js';
import { ikigaiPublicRoutes, ikigaiRoutes } from './ikigai.routes.js';
import { categoryRoutes, historyRoutes } from './reference.routes.js';
import { professionRoutes } from './professions.routes.js';
import { careerProfileRoutes } from './career-profile.routes.js';
import { resultRoutes } from './results.routes.js';
import { riasecQuestionRoutes, riasecRoutes } from './riasec.routes.js';
import { sessionRoutes } from './sessions.routes.js';

/**
 * `/api/v1` as two routers: public routes, then the authenticated ones. Rate limits sit on each route,
 * after auth, so they key by user (decisions §4 (43)).
 */
export const apiRouters = (deps: HttpDependencies): Router[] => {
  const limits: RateLimitSettings = { ...deps.config.rateLimit, redis: deps.redis };
  const publicApi = new Router({ prefix: '/api/v1' });
  for (const router of [
    riasecQuestionRoutes(deps, limits),
    ikigaiPublicRoutes(limits),
    categoryRoutes(deps, limits),
  ]) {
    publicApi.use(router.routes(), router.allowedMethods());
  }
  const privateApi = new Router({ prefix: '/api/v1' });
  // The cheap per-address limit runs before authentication's database lookup.
  if (deps.config.rateLimit.enabled) privateApi.use(addressLimit(deps.config.addressRateLimitPerMinute));
  privateApi.use(authenticate(deps.config.auth, deps.users, deps.appLinks));
  for (const router of [
    sessionRoutes(deps, limits),
    riasecRoutes(deps, limits),
    ikigaiRoutes(deps, limits),
    assessmentRoutes(deps, limits),
    historyRoutes(deps, limits),
    resultRoutes(deps, limits),
    cardRoutes(deps, limits),
    professionRoutes(deps, limits),
    careerProfileRoutes(deps, limits),
  ]) {
    privateApi.use(router.routes(), router.allowedMethods());
  }
  return [publicApi, privateApi];
};
