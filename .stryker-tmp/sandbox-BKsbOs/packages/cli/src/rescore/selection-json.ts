// @ts-nocheck
import { type RescoreFilter, SessionToken } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** The filter as stored in `rescore_runs.selection`, so `--resume` selects exactly the same sessions. */
const StoredFilter = t.type({
  tokens: t.union([t.array(t.string), t.null]),
  since: t.union([t.string, t.null]),
  until: t.union([t.string, t.null]),
  scored: t.boolean,
  fallbackOnly: t.boolean,
  stuck: t.boolean,
});

export const filterToJson = (filter: RescoreFilter): t.TypeOf<typeof StoredFilter> => ({
  tokens: filter.tokens === null ? null : [...filter.tokens],
  since: filter.since?.toISOString() ?? null,
  until: filter.until?.toISOString() ?? null,
  scored: filter.scored,
  fallbackOnly: filter.fallbackOnly,
  stuck: filter.stuck,
});

export const filterFromJson = (json: unknown): E.Either<string, RescoreFilter> => {
  const decoded = StoredFilter.decode(json);
  if (E.isLeft(decoded)) return E.left('the stored selection of that run is not readable');
  const f = decoded.right;
  return E.right({
    tokens: f.tokens === null ? null : f.tokens.map(SessionToken),
    since: f.since === null ? null : new Date(f.since),
    until: f.until === null ? null : new Date(f.until),
    scored: f.scored,
    fallbackOnly: f.fallbackOnly,
    stuck: f.stuck,
  });
};
