// @ts-nocheck
import type { Middleware } from 'koa';
import { problem, sendProblem } from '../problem.js';

interface HttpishError {
  status?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

/**
 * The single place unexpected throws end up. Body-parser and koa errors carry a status (400, 413, 415);
 * everything else is a bug: logged with the request id and answered as a generic 500.
 */
export const errorHandler = (): Middleware => async (ctx, next) => {
  try {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) {
      sendProblem(ctx, problem(404, 'not-found', 'Not Found', 'Not Found'));
    } else if (ctx.status === 405 && typeof ctx.body === 'string') {
      sendProblem(ctx, problem(405, 'method-not-allowed', 'Method Not Allowed', 'Method Not Allowed'));
    }
  } catch (caught) {
    const error = caught as HttpishError;
    const status = typeof error.status === 'number' ? error.status : 500;
    if (status === 413) {
      sendProblem(ctx, problem(413, 'payload-too-large', 'Payload Too Large', 'request body is too large'));
    } else if (status === 415) {
      sendProblem(
        ctx,
        problem(415, 'unsupported-media-type', 'Unsupported Media Type', 'send application/json'),
      );
    } else if (status >= 400 && status < 500) {
      const detail =
        error.type === 'entity.parse.failed'
          ? 'request body is not valid JSON'
          : (error.message ?? 'Bad Request');
      sendProblem(ctx, problem(400, 'bad-request', 'Bad Request', detail));
    } else {
      ctx.state.log?.error({ err: caught }, 'unhandled error');
      sendProblem(ctx, problem(500, 'internal-error', 'Internal Server Error', 'Internal server error'));
    }
  }
};
