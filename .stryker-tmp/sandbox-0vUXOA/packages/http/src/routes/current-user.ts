// @ts-nocheck
import type { UserSummary } from '@kenali/domain';
import type { Context } from 'koa';

/** The authenticated caller; routes mounted behind `authenticate` always have one. */
export const currentUser = (ctx: Context): UserSummary => {
  const user = ctx.state.user;
  if (!user) throw new Error('route reached without authentication');
  return user;
};
