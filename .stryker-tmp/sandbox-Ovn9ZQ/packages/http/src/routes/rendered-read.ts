// @ts-nocheck
import type { RenderedResults, ResultRoute } from '@kenali/adapters';
import { SessionToken, type UserSummary } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Context } from 'koa';
import { decodeWith } from '../codecs/decode.js';
import { SessionTokenParam } from '../codecs/session.codecs.js';
import type { AppError } from '../error-mapping.js';
import { decodeOrAnswer, respondRendered } from '../respond.js';
import { currentUser } from './current-user.js';

type SessionRead<A> = (caller: UserSummary, token: SessionToken) => TE.TaskEither<AppError, A>;

/**
 * The handler of a `GET …/:session_token` read route: decode the token, then send the kept answer of
 * unchanged rows or run the read for the authenticated caller (whose name auth already loaded), ADR 0014.
 */
export const renderedRead =
  <A>(rendered: RenderedResults, route: ResultRoute, run: SessionRead<A>, reusable?: (value: A) => boolean) =>
  async (ctx: Context): Promise<void> => {
    const params = decodeOrAnswer(ctx, decodeWith(SessionTokenParam, 'path')(ctx.params));
    if (!params) return;
    const caller = currentUser(ctx);
    const token = SessionToken(params.session_token);
    const lookup = await rendered.lookup(route, caller.id, token, caller.fullname ?? '');
    await respondRendered(ctx, lookup, run(caller, token), reusable);
  };
