/**
 * The only way tests look inside an Either (house style §3 item 24): a Right is returned, anything else fails
 * the test with the whole unexpected value printed, so a wrong branch never passes silently.
 */
// @ts-nocheck

import { inspect } from 'node:util';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

type Tagged = { readonly _tag: string };
type TagOf<L> = L extends Tagged ? L['_tag'] : never;

const show = (value: unknown): string => inspect(value, { depth: 6, breakLength: 100 });

/** The Right value; fails with the Left printed otherwise. */
export function expectRight<L, A>(result: E.Either<L, A>): A {
  if (E.isLeft(result)) expect.fail(`expected Right, got Left ${show(result.left)}`);
  return result.right;
}

/** The Left value, narrowed to `tag` when given; fails with the Right (or the wrong Left) printed. */
export function expectLeft<L, T extends TagOf<L>>(
  result: E.Either<L, unknown>,
  tag: T,
): Extract<L, { _tag: T }>;
export function expectLeft<L>(result: E.Either<L, unknown>): L;
export function expectLeft<L>(result: E.Either<L, unknown>, tag?: string): L {
  if (E.isRight(result)) expect.fail(`expected Left${tag ? ` ${tag}` : ''}, got Right ${show(result.right)}`);
  const left = result.left;
  if (tag !== undefined) {
    const actual = (left as Partial<Tagged> | null)?._tag;
    if (actual !== tag) expect.fail(`expected Left ${tag}, got Left ${show(left)}`);
  }
  return left;
}

/** Runs a TaskEither and returns its Right value (fails loudly on Left). */
export const runRight = async <L, A>(task: TE.TaskEither<L, A>): Promise<A> => expectRight(await task());

/** Runs a TaskEither and returns its Left, narrowed to `tag` (fails loudly on Right or another tag). */
export async function runLeft<L, T extends TagOf<L>>(
  task: TE.TaskEither<L, unknown>,
  tag: T,
): Promise<Extract<L, { _tag: T }>>;
export async function runLeft<L>(task: TE.TaskEither<L, unknown>): Promise<L>;
export async function runLeft<L>(task: TE.TaskEither<L, unknown>, tag?: string): Promise<L> {
  const result = await task();
  return tag === undefined ? expectLeft(result) : expectLeft(result, tag as TagOf<L>);
}
