// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/** Key layout exactly as upstream §1.18, so an upstream deployment's cache entries stay readable. */
export const CONTENT_KEYSPACE = 'ikigai:content';
export const PERSONALITY_KEYSPACE = 'personality_about';
export const contentKey = (sessionToken: string): string => `${CONTENT_KEYSPACE}:${sessionToken}`;
export const personalityKey = (riasecCode: string): string => `${PERSONALITY_KEYSPACE}:${riasecCode}`;

interface IsoDateBrand {
  readonly IsoDate: unique symbol;
}
const IsoDate = t.brand(
  t.string,
  (s): s is t.Branded<string, IsoDateBrand> => !Number.isNaN(Date.parse(s)),
  'IsoDate',
);

interface NonBlankBrand {
  readonly NonBlank: unique symbol;
}
/** `personality_about:*` holds plain text (upstream), not JSON; blank text is as useless as none. */
export const PersonalityText = t.brand(
  t.string,
  (s): s is t.Branded<string, NonBlankBrand> => s.trim() !== '',
  'NonBlank',
);

/**
 * The envelope of `ikigai:content:*`: `{generated_at, candidates}`. Candidates are only checked for a
 * numeric `profession_id`; their full shape belongs to the use case that renders them. Extra fields pass.
 */
export const ContentPayload = t.type({
  generated_at: IsoDate,
  candidates: t.array(t.type({ profession_id: t.number })),
});
export type ContentPayload = t.TypeOf<typeof ContentPayload>;

const describe = (errors: t.Errors): string =>
  errors
    .slice(0, 3)
    .map(
      (e) =>
        `${
          e.context
            .map((c) => c.key)
            .filter(Boolean)
            .join('.') || '<root>'
        }: ${e.context.at(-1)?.type.name ?? '?'}`,
    )
    .join('; ');

/** Left is a short reason for the log; the value itself is never logged (it can be large). */
export const decodeContent = (raw: string): E.Either<string, ContentPayload> => {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return E.left('not JSON');
  }
  return E.mapLeft(describe)(ContentPayload.decode(json));
};

/** Validated before writing too: a payload that could never be read back is not worth a round trip. */
export const encodeContent = (payload: unknown): E.Either<string, string> => {
  let raw: string | undefined;
  try {
    raw = JSON.stringify(payload);
  } catch (error) {
    return E.left(error instanceof Error ? error.message : 'not serialisable');
  }
  if (raw === undefined) return E.left('not serialisable');
  return E.map(() => raw)(decodeContent(raw));
};

export const decodePersonality = (raw: string): E.Either<string, string> =>
  E.mapLeft(describe)(PersonalityText.decode(raw));

/** Milliseconds for `PX`, or undefined for a TTL Redis would reject (≤ 0, NaN, ∞). */
export const ttlMillis = (ttlSeconds: number): number | undefined => {
  const ms = Math.round(ttlSeconds * 1000);
  return Number.isFinite(ms) && ms >= 1 ? ms : undefined;
};
