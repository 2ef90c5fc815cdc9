import type { Violation } from '../problem.js';

/**
 * A NUL or a lone UTF-16 surrogate: PostgreSQL stores neither in text or jsonb (it fails with a 500-class
 * error), and no real id, token or answer contains one.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isUnstorable = (text: string): boolean => UNSTORABLE.test(text);

/**
 * Deepest `[`/`{` nesting of a JSON text, counted with one pass over the characters (strings skipped), so
 * a deep document is refused before anything recursive (JSON.parse, the fingerprint) sees it.
 */
export const jsonDepthExceeds = (text: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
};

/** Every string (and key) of a parsed body that PostgreSQL cannot store, as 422 violations; iterative. */
export const unstorableStrings = (body: unknown): Violation[] => {
  const found: Violation[] = [];
  const stack: { value: unknown; loc: (string | number)[] }[] = [{ value: body, loc: ['body'] }];
  while (stack.length > 0 && found.length < 20) {
    const { value, loc } = stack.pop()!;
    if (typeof value === 'string') {
      if (isUnstorable(value)) found.push(violation(loc));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, loc: [...loc, i] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (isUnstorable(key)) found.push(violation([...loc, key]));
        else stack.push({ value: item, loc: [...loc, key] });
      }
    }
  }
  return found;
};

const violation = (loc: (string | number)[]): Violation => ({
  loc,
  msg: 'must not contain NUL characters or unpaired surrogates',
  type: 'string_unstorable',
});
