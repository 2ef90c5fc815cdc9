// @ts-nocheck
import type { Context } from 'koa';

/** RFC 9457 problem details; `detail` is always a string so upstream clients reading it keep working. */
export interface Problem {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly detail: string;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Violation {
  readonly loc: readonly (string | number)[];
  readonly msg: string;
  readonly type: string;
}

export const PROBLEM_BASE = 'https://kenali.dev/problems/';

export const problem = (
  status: number,
  slug: string,
  title: string,
  detail: string,
  extra?: Readonly<Record<string, unknown>>,
): Problem => ({ status, slug, title, detail, ...(extra ? { extra } : {}) });

export const validationProblem = (errors: readonly Violation[]): Problem =>
  problem(422, 'validation-error', 'Unprocessable Entity', 'Validation error', { errors });

export const problemBody = (p: Problem): Record<string, unknown> => ({
  type: `${PROBLEM_BASE}${p.slug}`,
  title: p.title,
  status: p.status,
  detail: p.detail,
  ...p.extra,
});

export const sendProblem = (ctx: Context, p: Problem): void => {
  ctx.status = p.status;
  ctx.body = problemBody(p);
  ctx.type = 'application/problem+json';
};
