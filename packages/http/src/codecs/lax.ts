import * as t from 'io-ts';

/**
 * Input coercion as upstream's pydantic models do it in lax mode, so a client that sends `"14"` or `14.0`
 * for an integer keeps working (ADR 0021). Only the numeric and boolean request fields use these codecs;
 * enumerations (persona, dimension names, question types) stay strict as upstream's are.
 */

// An optional sign and digits, a fraction of zeros allowed ("14.0"), surrounding whitespace allowed:
// pydantic strips both before parsing.
const INTEGER_TEXT = /^\s*[+-]?\d+(\.0*)?\s*$/;

/** The integer a lax int field accepts for `u`, or undefined: ints, integral floats, integer strings. */
export const laxInteger = (u: unknown): number | undefined => {
  if (typeof u === 'number') return Number.isSafeInteger(u) ? u : undefined;
  if (typeof u === 'string' && INTEGER_TEXT.test(u)) {
    const n = Number(u.trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
};

const TRUE_TEXTS = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_TEXTS = new Set(['false', '0', 'no', 'off', 'f', 'n']);

/** The boolean a lax bool field accepts for `u`, or undefined (pydantic's strings and 0/1). */
export const laxBoolean = (u: unknown): boolean | undefined => {
  if (typeof u === 'boolean') return u;
  if (u === 0 || u === 1) return u === 1;
  if (typeof u === 'string') {
    const text = u.trim().toLowerCase();
    if (TRUE_TEXTS.has(text)) return true;
    if (FALSE_TEXTS.has(text)) return false;
  }
  return undefined;
};

/**
 * The largest value of PostgreSQL's `integer`, the type of every id column: a larger id names nothing that can
 * exist, and sent to PostgreSQL it fails the query (22003) instead of finding nothing (issue 19).
 */
export const INT4_MAX = 2_147_483_647;

/** Whether `u` is integer text (or an integer) too large for any id column: such a path id is a 404. */
export const beyondInt4 = (u: unknown): boolean =>
  (typeof u === 'number' && Number.isInteger(u) && u > INT4_MAX) ||
  (typeof u === 'string' && INTEGER_TEXT.test(u) && Number(u.trim()) > INT4_MAX);

/** A lax integer within [min, max]; `message` is the 422 violation text. */
export const LaxInt = (name: string, message: string, min = 1, max = Number.MAX_SAFE_INTEGER) =>
  new t.Type<number, number, unknown>(
    name,
    (u): u is number => Number.isSafeInteger(u) && (u as number) >= min && (u as number) <= max,
    (u, c) => {
      const n = laxInteger(u);
      return n !== undefined && n >= min && n <= max ? t.success(n) : t.failure(u, c, message);
    },
    t.identity,
  );

/** A lax boolean. */
export const LaxBool = new t.Type<boolean, boolean, unknown>(
  'boolean',
  (u): u is boolean => typeof u === 'boolean',
  (u, c) => {
    const b = laxBoolean(u);
    return b === undefined ? t.failure(u, c, 'must be a boolean') : t.success(b);
  },
  t.identity,
);
