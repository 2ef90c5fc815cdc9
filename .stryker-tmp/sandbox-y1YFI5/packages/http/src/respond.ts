// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { RenderedLookup } from '@kenali/adapters';
import type { PortError } from '@kenali/domain';
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
  sendResult(ctx, await task(), status);
};

/** Writes a use case's answer: its body as JSON with `status`, or the mapped problem. */
const sendResult = <A>(ctx: Context, result: E.Either<AppError, A>, status: number): void => {
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

/** Sends a stored rendering as is (the type first, so Koa keeps it for a Buffer body). */
const sendRendered = (ctx: Context, body: Buffer, cache: 'hit' | 'miss'): void => {
  ctx.status = 200;
  ctx.type = JSON_TYPE;
  ctx.body = body;
  ctx.set('kenali-result-cache', cache);
};

/**
 * `respond` for a read route in front of `RenderedResults`: a stored answer whose rows are unchanged is sent
 * without running the use case; a fresh 200 answer is remembered when `reusable` says so.
 */
export const respondRendered = async <A>(
  ctx: Context,
  looked: E.Either<PortError, RenderedLookup>,
  task: TE.TaskEither<AppError, A>,
  reusable: (value: A) => boolean = () => true,
): Promise<void> => {
  if (E.isLeft(looked)) return sendResult(ctx, looked, 200);
  const lookup = looked.right;
  if (lookup.hit) return sendRendered(ctx, lookup.hit, 'hit');
  const result = await task();
  if (!lookup.remember || E.isLeft(result) || !reusable(result.right)) return sendResult(ctx, result, 200);
  const body = Buffer.from(JSON.stringify(result.right));
  lookup.remember(body);
  sendRendered(ctx, body, 'miss');
};

/** Decodes input or answers the problem; returns undefined when it answered. */
export const decodeOrAnswer = <A>(ctx: Context, decoded: E.Either<Problem, A>): A | undefined => {
  if (E.isRight(decoded)) return decoded.right;
  ctx.state.outcome = 'validation';
  sendProblem(ctx, decoded.left);
  return undefined;
};
