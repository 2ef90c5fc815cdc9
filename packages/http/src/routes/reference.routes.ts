import Router from '@koa/router';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type { Context } from 'koa';
import { beyondInt4, laxInteger } from '../codecs/lax.js';
import type { HttpDependencies } from '../dependencies.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { problem, sendProblem, validationProblem } from '../problem.js';
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

const historyNotFound = problem(404, 'history-not-found', 'Not Found', 'History not found');
const foreignUser = problem(403, 'forbidden', 'Forbidden', 'user_id must be the authenticated user');

/** Upstream's `?user_id=`: accepted when absent or naming the caller (kenali never lists another user's rows). */
const namesCaller = (ctx: Context): boolean => {
  const asked = ctx.query.user_id;
  return asked === undefined || asked === currentUser(ctx).id;
};

/** GET /history/ and /history/:id — only the caller's own rows (decisions §4), category nested as upstream. */
export const historyRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  const limit = rateLimit(limits, { name: 'history', max: 30, per: 'minute' });
  router.get('/history/', limit, async (ctx) => {
    if (!namesCaller(ctx)) return sendProblem(ctx, foreignUser);
    await respond(ctx, deps.queries.historyOf(currentUser(ctx).id));
  });
  router.get('/history/:id', limit, async (ctx) => {
    // An id no int4 column can hold names no row (PostgreSQL would fail the query instead of finding none).
    if (beyondInt4(ctx.params.id)) return sendProblem(ctx, historyNotFound);
    const id = laxInteger(ctx.params.id);
    if (id === undefined) {
      return sendProblem(
        ctx,
        validationProblem([{ loc: ['path', 'id'], msg: 'must be an integer', type: 'int_parsing' }]),
      );
    }
    if (id <= 0) return sendProblem(ctx, historyNotFound);
    const found = await deps.queries.historyEntry(currentUser(ctx).id, id)();
    if (E.isRight(found) && O.isNone(found.right)) return sendProblem(ctx, historyNotFound);
    await respond(ctx, () =>
      Promise.resolve(E.map((entry: O.Option<unknown>) => O.toUndefined(entry))(found)),
    );
  });
  return router;
};
