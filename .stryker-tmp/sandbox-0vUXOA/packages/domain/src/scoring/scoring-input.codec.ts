// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { DIMENSION_KEYS, type DimensionKey } from '../model/dimension.js';
import type { ProfessionId } from '../model/ids.js';
import { firstDecodeError } from './decode-error-path.js';
import type { ScoringError } from './scoring-error.js';
import { scoringInputInvalid } from './scoring-error.js';

// Codec names are what an operator reads in "expected …", so they describe values, not TypeScript types.

const refine = <A extends number>(name: string, accept: (n: number) => boolean) =>
  new t.Type<A, number, unknown>(
    name,
    (u): u is A => typeof u === 'number' && accept(u),
    (u, c) => (typeof u === 'number' && accept(u) ? t.success(u as A) : t.failure(u, c)),
    (a) => a,
  );

export const ProfessionIdCodec = refine<ProfessionId>(
  'a positive integer id',
  (n) => Number.isSafeInteger(n) && n > 0,
);
/** Any finite number: out-of-range relevance values are clamped by the pipeline, not rejected. */
const FiniteNumber = refine<number>('a finite number', Number.isFinite);
const UnitInterval = refine<number>('a number in [0, 1]', (n) => n >= 0 && n <= 1);
const Integer = refine<number>('an integer', Number.isSafeInteger);

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isIsoTimestamp = (u: unknown): u is string =>
  typeof u === 'string' && ISO_TIMESTAMP.test(u) && !Number.isNaN(Date.parse(u));
export const IsoTimestampCodec = new t.Type<string, string, unknown>(
  'an ISO-8601 timestamp with time zone',
  isIsoTimestamp,
  (u, c) => (isIsoTimestamp(u) ? t.success(u) : t.failure(u, c)),
  (a) => a,
);

export const ScoringCandidateCodec = t.intersection(
  [
    t.type({ profession_id: ProfessionIdCodec }),
    t.partial({
      profession_name: t.union([t.string, t.null], 'a string or null'),
      congruence_score: t.union([UnitInterval, t.null], 'a number in [0, 1] or null'),
      display_order: Integer,
    }),
  ],
  'a candidate object',
);

export const RawRelevanceCodec = t.type(
  { profession_id: ProfessionIdCodec, r_raw: FiniteNumber },
  'a {profession_id, r_raw} object',
);

export const DimensionRawScoresCodec = t.type(
  {
    selected_profession_id: t.union([ProfessionIdCodec, t.null], 'a positive integer id or null'),
    r_raw: t.union([t.array(RawRelevanceCodec, 'an array'), t.null], 'an array or null'),
  },
  'a {selected_profession_id, r_raw} object',
);

const dimensionProps = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, DimensionRawScoresCodec])) as {
  [K in DimensionKey]: typeof DimensionRawScoresCodec;
};

/** All four dimensions are required: upstream only scores once every dimension is answered (§4.7). */
export const DimensionsCodec = t.type(dimensionProps, 'an object with all four dimension keys');

/** The `kenali score` document: candidates, four dimensions and an optional `calculated_at`. */
export const IkigaiScoringDocumentCodec = t.intersection(
  [
    t.type({ candidates: t.array(ScoringCandidateCodec, 'an array'), dimensions: DimensionsCodec }),
    t.partial({ calculated_at: IsoTimestampCodec }),
  ],
  'a scoring document object',
);
export type IkigaiScoringDocument = t.TypeOf<typeof IkigaiScoringDocumentCodec>;

/** Decodes untrusted JSON; the error names the first offending field (`ScoringInputInvalid`). */
export const decodeIkigaiScoringDocument = (
  input: unknown,
): E.Either<ScoringError, IkigaiScoringDocument> => {
  const decoded = IkigaiScoringDocumentCodec.decode(input);
  if (E.isRight(decoded)) return decoded;
  const { path, message } = firstDecodeError(decoded.left);
  return E.left(scoringInputInvalid(path, message));
};
