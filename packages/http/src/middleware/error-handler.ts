import type { Middleware } from 'koa';
import { isConnectionFailure } from '@kenali/adapters';
import { problem, sendProblem, storageUnavailable } from '../problem.js';

interface HttpishError {
  status?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

const isObject = (body: unknown): boolean => body !== null && typeof body === 'object';

/**
 * The single place unexpected throws end up. Koa errors carry a status (400, 413, 415); a lost database
 * connection is an outage (503); everything else is a bug: logged with the request id and answered as a
 * generic 500.
 */
export const errorHandler = (): Middleware => async (ctx, next) => {
  try {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) {
      sendProblem(ctx, problem(404, 'not-found', 'Not Found', 'Not Found'));
    } else if (ctx.status === 405 && !isObject(ctx.body)) {
      // The router's text answers become problems; its Allow header stays.
      sendProblem(
        ctx,
        problem(405, 'method-not-allowed', 'Method Not Allowed', `use ${ctx.response.get('allow')}`),
      );
    } else if (ctx.status === 501 && !isObject(ctx.body)) {
      sendProblem(
        ctx,
        problem(501, 'not-implemented', 'Not Implemented', `method ${ctx.method} is not supported`),
      );
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
    } else if (isConnectionFailure(caught)) {
      // A connection lost mid-request is an outage: the client retries (with its key, if it sent one).
      ctx.state.log?.warn({ err: caught }, 'storage connection failed');
      sendProblem(ctx, storageUnavailable());
    } else {
      ctx.state.log?.error({ err: caught }, 'unhandled error');
      sendProblem(ctx, problem(500, 'internal-error', 'Internal Server Error', 'Internal server error'));
    }
  }
};
