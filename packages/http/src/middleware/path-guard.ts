import type { Middleware } from 'koa';
import { problem, sendProblem } from '../problem.js';
import { isUnstorable } from './hostile-text.js';

const decoded = (path: string): string | undefined => {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
};

/**
 * A path whose percent-encoding is broken, or that decodes to a NUL or a lone surrogate, names nothing that
 * can exist (no token or id holds one): 404 before any route or query sees it.
 */
export const pathGuard = (): Middleware => (ctx, next) => {
  const path = decoded(ctx.path);
  if (path === undefined || isUnstorable(path)) {
    sendProblem(ctx, problem(404, 'not-found', 'Not Found', 'Not Found'));
    return Promise.resolve();
  }
  return next();
};
