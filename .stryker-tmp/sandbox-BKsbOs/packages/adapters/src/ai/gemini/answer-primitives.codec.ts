// @ts-nocheck
import * as t from 'io-ts';

/** Models return ids as 12, "12" or " 12 "; anything else is not an id. */
export const LooseId = new t.Type<number, number, unknown>(
  'LooseId',
  (u): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u > 0,
  (u, c) => {
    const n = typeof u === 'string' && /^\s*\d+\s*$/.test(u) ? Number(u) : u;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0
      ? t.success(n)
      : t.failure(u, c, 'not an id');
  },
  (n) => n,
);

/** A finite number, or a string that is exactly one ("0.75"); NaN, Infinity and words are not. */
export const LooseNumber = new t.Type<number, number, unknown>(
  'LooseNumber',
  (u): u is number => typeof u === 'number' && Number.isFinite(u),
  (u, c) => {
    const n = typeof u === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(u) ? Number(u) : u;
    return typeof n === 'number' && Number.isFinite(n) ? t.success(n) : t.failure(u, c, 'not a number');
  },
  (n) => n,
);

/** Either `{ [key]: [...] }` (what our schemas ask for) or a bare array (what older prompts produced). */
export const listUnder = (key: string, json: unknown): readonly unknown[] | undefined => {
  if (Array.isArray(json)) return json as unknown[];
  if (typeof json === 'object' && json !== null) {
    const inner = (json as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return inner as unknown[];
  }
  return undefined;
};

const isInvisible = (code: number): boolean =>
  (code < 0x20 && code !== 0x0a && code !== 0x09) ||
  (code >= 0x7f && code <= 0x9f) ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2060 && code <= 0x2069) ||
  code === 0xfeff;

/** Drops control, zero-width and bidi-override characters (used on user input and model output). */
export const stripInvisible = (text: string): string =>
  [...text].filter((ch) => !isInvisible(ch.codePointAt(0) ?? 0)).join('');

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * A display text from the model, or undefined when it is missing, empty or suspiciously long.
 * Links are removed: nothing we ask for contains one, so a link can only come from injected text.
 */
export const displayText = (u: unknown, maxChars: number): string | undefined => {
  if (typeof u !== 'string') return undefined;
  const text = stripInvisible(u.normalize('NFC')).replace(URL_PATTERN, '').replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= maxChars ? text : undefined;
};
