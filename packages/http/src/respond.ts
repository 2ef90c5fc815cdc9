import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Context } from 'koa';
import { type AppError, toProblem } from './error-mapping.js';
import { type Problem, sendProblem } from './problem.js';

/** Runs a use case and writes either its body (with `status`) or the mapped problem. */
export const respond = async <A>(
  ctx: Context,
  task: TE.TaskEither<AppError, A>,
  status = 200,
): Promise<void> => {
  const result = await task();
  if (E.isLeft(result)) {
    const mapped = toProblem(result.left);
    if (mapped.status >= 500) ctx.state.log.error({ error: result.left }, 'use case failed');
    sendProblem(ctx, mapped);
    return;
  }
  ctx.status = status;
  ctx.body = result.right;
};

/** Decodes input or answers the problem; returns undefined when it answered. */
export const decodeOrAnswer = <A>(ctx: Context, decoded: E.Either<Problem, A>): A | undefined => {
  if (E.isRight(decoded)) return decoded.right;
  sendProblem(ctx, decoded.left);
  return undefined;
};
