import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Context } from 'koa';
import { type AppError, toProblem } from './error-mapping.js';
import { type Problem, sendProblem } from './problem.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Runs a use case and writes either its body (with `status`) or the mapped problem. Bodies are serialised
 * here, once, so an idempotent route stores exactly the bytes it sends; a route whose transaction produces
 * the response lets the unit of work store it in that same commit.
 */
export const respond = async <A>(
  ctx: Context,
  task: TE.TaskEither<AppError, A>,
  status = 200,
): Promise<void> => {
  const claim = ctx.state.claim;
  if (claim?.storeInTransaction) {
    claim.render = (value) => ({
      status,
      headers: { 'content-type': JSON_TYPE },
      body: Buffer.from(JSON.stringify(value)),
    });
  }
  const result = await task();
  if (E.isLeft(result)) {
    const mapped = toProblem(result.left);
    if (mapped.status >= 500) ctx.state.log.error({ error: result.left }, 'use case failed');
    ctx.state.outcome = 'business';
    sendProblem(ctx, mapped);
    return;
  }
  ctx.status = status;
  ctx.type = JSON_TYPE;
  ctx.body = JSON.stringify(result.right);
};

/** Decodes input or answers the problem; returns undefined when it answered. */
export const decodeOrAnswer = <A>(ctx: Context, decoded: E.Either<Problem, A>): A | undefined => {
  if (E.isRight(decoded)) return decoded.right;
  ctx.state.outcome = 'validation';
  sendProblem(ctx, decoded.left);
  return undefined;
};
