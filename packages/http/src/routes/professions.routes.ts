import Router from '@koa/router';
import type { Context } from 'koa';
import { INT4_MAX, laxInteger } from '../codecs/lax.js';
import type { HttpDependencies } from '../dependencies.js';
import { type RateLimitSettings, rateLimit } from '../middleware/rate-limit.js';
import { sendProblem, validationProblem } from '../problem.js';
import { respond } from '../respond.js';

const IDS = /^[0-9]{1,10}(,[0-9]{1,10}){0,49}$/;
const MAX_QUERY = 100;

type Search = { q?: string; ids?: number[]; limit: number };
type Issue = { loc: string[]; msg: string; type: string };

const single = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

const parse = (ctx: Context): Search | Issue => {
  const q = single(ctx.query.q);
  if (q !== undefined && q.length > MAX_QUERY) {
    return { loc: ['query', 'q'], msg: `at most ${MAX_QUERY} characters`, type: 'string_too_long' };
  }
  const ids = single(ctx.query.ids);
  if (ids !== undefined && !IDS.test(ids)) {
    return { loc: ['query', 'ids'], msg: 'comma-separated ids, at most 50', type: 'value_error' };
  }
  const rawLimit = single(ctx.query.limit);
  const limit = rawLimit === undefined ? 20 : laxInteger(rawLimit);
  if (limit === undefined || limit < 1 || limit > 50) {
    return { loc: ['query', 'limit'], msg: 'an integer from 1 to 50', type: 'value_error' };
  }
  return {
    limit,
    ...(q === undefined ? {} : { q }),
    // An id above PostgreSQL's integer names no profession: left out, never sent to a query.
    ...(ids === undefined
      ? {}
      : {
          ids: ids
            .split(',')
            .map(Number)
            .filter((id) => id <= INT4_MAX),
        }),
  };
};

/** GET /career-profile/professions — the web client's target search and candidate names (ADR 0029). */
export const professionRoutes = (deps: HttpDependencies, limits: RateLimitSettings): Router => {
  const router = new Router();
  router.get(
    '/career-profile/professions',
    rateLimit(limits, { name: 'professions', max: 120, per: 'minute' }),
    async (ctx) => {
      const search = parse(ctx);
      if ('loc' in search) return sendProblem(ctx, validationProblem([search]));
      await respond(ctx, deps.queries.professions(search));
    },
  );
  return router;
};
