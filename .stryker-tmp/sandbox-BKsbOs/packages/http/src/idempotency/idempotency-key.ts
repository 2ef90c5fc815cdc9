// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';

const GRAMMAR = /^[A-Za-z0-9_-]{1,255}$/;

/**
 * The `Idempotency-Key` header, bare (Stripe) or as an sf-string (IETF draft): quotes are removed, then the
 * key must match `^[A-Za-z0-9_-]{1,255}$`. Two header lines arrive joined by ", " and so fail the grammar.
 * Returns undefined when the header is absent.
 */
export const parseIdempotencyKey = (
  header: string | string[] | undefined,
): E.Either<string, string | undefined> => {
  if (header === undefined) return E.right(undefined);
  if (Array.isArray(header)) return E.left('send exactly one Idempotency-Key header');
  // Checked before any other work so a huge header is never copied around or logged.
  if (header.length > 257) return E.left('Idempotency-Key is longer than 255 characters');
  let key = header.trim();
  if (key.startsWith('"') || key.endsWith('"')) {
    if (key.length < 2 || !key.startsWith('"') || !key.endsWith('"'))
      return E.left('Idempotency-Key has an unbalanced quote');
    key = key.slice(1, -1);
  }
  if (key === '') return E.left('Idempotency-Key is empty');
  return GRAMMAR.test(key)
    ? E.right(key)
    : E.left('Idempotency-Key must be 1–255 characters of A–Z, a–z, 0–9, "_" or "-"');
};
