// @ts-nocheck
import Router from '@koa/router';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type { HttpDependencies } from '../dependencies.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { problem, sendProblem } from '../problem.js';
import { respond } from '../respond.js';
import { currentUser } from './current-user.js';

/** GET /categories/ (public). */
export const categoryRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.get(
    '/categories/',
    rateLimit(limits, { name: 'categories', max: 100, per: 'minute' }),
    async (ctx) => {
      await respond(ctx, deps.queries.activeCategories());
    },
  );
  return router;
};

/** GET /history/ and /history/:id — only the caller's own rows (decisions §4). */
export const historyRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  const limit = rateLimit(limits, { name: 'history', max: 30, per: 'minute' });
  router.get('/history/', limit, async (ctx) => {
    await respond(ctx, deps.queries.historyOf(currentUser(ctx).id));
  });
  router.get('/history/:id', limit, async (ctx) => {
    const id = Number(ctx.params.id);
    if (!Number.isSafeInteger(id) || id <= 0)
      return sendProblem(ctx, problem(404, 'history-not-found', 'Not Found', 'History not found'));
    const found = await deps.queries.historyEntry(currentUser(ctx).id, id)();
    if (E.isRight(found) && O.isNone(found.right)) {
      return sendProblem(ctx, problem(404, 'history-not-found', 'Not Found', 'History not found'));
    }
    await respond(ctx, () =>
      Promise.resolve(E.map((entry: O.Option<unknown>) => O.toUndefined(entry))(found)),
    );
  });
  return router;
};
