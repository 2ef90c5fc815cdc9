// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type Problem, type Violation, validationProblem } from '../problem.js';

/** io-ts errors as `{loc, msg, type}` items in the FastAPI style (loc starts with the request part). */
export const toViolations = (part: 'body' | 'path' | 'query' | 'header', errors: t.Errors): Violation[] => {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors) {
    const loc = [
      part,
      ...error.context.slice(1).map((entry) => (/^\d+$/.test(entry.key) ? Number(entry.key) : entry.key)),
    ];
    const key = loc.join('.');
    if (seen.has(key)) continue;
    seen.add(key);
    const missing = error.value === undefined;
    out.push({
      loc,
      msg:
        error.message ??
        (missing
          ? 'field required'
          : `invalid value, expected ${error.context.at(-1)?.type.name ?? 'value'}`),
      type: missing ? 'missing' : 'value_error',
    });
  }
  return out;
};

export const decodeWith =
  <A>(codec: t.Decoder<unknown, A>, part: 'body' | 'path' | 'query' | 'header' = 'body') =>
  (input: unknown): E.Either<Problem, A> =>
    E.mapLeft((errors: t.Errors) => validationProblem(toViolations(part, errors)))(codec.decode(input));
