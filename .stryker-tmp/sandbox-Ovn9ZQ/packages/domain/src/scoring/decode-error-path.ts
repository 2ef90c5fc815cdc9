// @ts-nocheck
import type * as t from 'io-ts';

/**
 * io-ts contexts also contain the member index of every union / intersection they pass through; those are
 * not fields of the document, so they are left out of the path. Array indices are shown as `[i]`.
 */
const TRANSPARENT = new Set(['UnionType', 'IntersectionType']);

const preview = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

export interface DecodeProblem {
  readonly path: string;
  readonly message: string;
}

const describe = (error: t.ValidationError): DecodeProblem => {
  let path = '';
  let expected = error.context[0]?.type.name ?? 'a value';
  for (let i = 1; i < error.context.length; i++) {
    const parent = error.context[i - 1].type as { readonly _tag?: string };
    if (parent._tag !== undefined && TRANSPARENT.has(parent._tag)) continue;
    const entry = error.context[i];
    path += parent._tag === 'ArrayType' ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`;
    expected = entry.type.name;
  }
  const message =
    error.value === undefined
      ? `is required (${expected})`
      : `expected ${expected}, got ${preview(error.value)}`;
  return { path, message };
};

/** The first io-ts error as a field path and a one-line message (empty path = the whole document). */
export const firstDecodeError = (errors: t.Errors): DecodeProblem =>
  errors.length > 0 ? describe(errors[0]) : { path: '', message: 'invalid document' };
