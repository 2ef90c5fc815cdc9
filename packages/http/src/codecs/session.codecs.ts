import { INT4_MAX, LaxInt } from './lax.js';
import * as t from 'io-ts';

/**
 * A positive integer id, lax as pydantic: `14`, `14.0` and `"14"` are 14; `"14.5"`, `""`, `true` are 422, and
 * so is an id beyond PostgreSQL's `integer` (upstream's query failed with a 500 there).
 */
export const PositiveInt = LaxInt('PositiveInt', 'must be a positive integer', 1, INT4_MAX);

export const NonBlankString = (max: number) =>
  new t.Type<string, string, unknown>(
    'string',
    (u): u is string => typeof u === 'string',
    (u, c) =>
      typeof u === 'string' && u.trim().length > 0 && u.length <= max
        ? t.success(u)
        : t.failure(u, c, `must be a non-empty string of at most ${max} characters`),
    t.identity,
  );

/**
 * A session token in a body: any string, as upstream's `str` field. A blank or unknown one names no session
 * and is 404 (upstream's answer), not 422.
 */
export const SessionTokenText = t.string;

export const RecommendationStartBody = t.type({ persona_type: NonBlankString(20) });
export const FitCheckStartBody = t.type({
  persona_type: NonBlankString(20),
  target_profession_id: PositiveInt,
});

const LikertValue = LaxInt('LikertValue', 'must be an integer from 1 to 5', 1, 5);

const IsoDateTime = new t.Type<string, string, unknown>(
  'datetime',
  (u): u is string => typeof u === 'string',
  (u, c) =>
    typeof u === 'string' && !Number.isNaN(Date.parse(u))
      ? t.success(u)
      : t.failure(u, c, 'must be an ISO 8601 date-time'),
  t.identity,
);

const RiasecLetterCodec = t.keyof({ R: null, I: null, A: null, S: null, E: null, C: null });

const Responses = new t.Type<t.TypeOf<typeof ResponseItems>, unknown, unknown>(
  'responses',
  (u): u is t.TypeOf<typeof ResponseItems> => ResponseItems.is(u),
  (u, c) =>
    Array.isArray(u) && u.length !== 72
      ? t.failure(u, c, `must contain exactly 72 answers, got ${u.length}`)
      : ResponseItems.validate(u, c),
  t.identity,
);
const ResponseItems = t.array(
  t.type({
    question_id: PositiveInt,
    question_type: RiasecLetterCodec,
    answer_value: LikertValue,
    answered_at: IsoDateTime,
  }),
);

export const RiasecSubmitBody = t.type({ session_token: SessionTokenText, responses: Responses });
export const SessionTokenParam = t.type({ session_token: NonBlankString(100) });
