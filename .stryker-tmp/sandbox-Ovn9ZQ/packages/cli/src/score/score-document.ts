// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { decodeIkigaiScoringDocument, scoreIkigai, type ScoringError } from '@kenali/domain';

export type InvalidJson = { readonly _tag: 'InvalidJson'; readonly reason: string };

const parseJson = (text: string): E.Either<InvalidJson, unknown> =>
  E.tryCatch(
    () => JSON.parse(text) as unknown,
    (error) => ({ _tag: 'InvalidJson', reason: error instanceof Error ? error.message : String(error) }),
  );

/**
 * One input document → one output line: `{"dimension_scores": …, "total_scores": …}`, the two `scores_data`
 * documents exactly as they would be stored. `now` supplies `calculated_at` when the document has none.
 */
export const scoreDocumentText = (
  text: string,
  now: () => string,
): E.Either<InvalidJson | ScoringError, string> =>
  pipe(
    parseJson(text),
    E.chainW(decodeIkigaiScoringDocument),
    E.chainW((document) => scoreIkigai(document, document.calculated_at ?? now())),
    E.map((result) =>
      JSON.stringify({ dimension_scores: result.dimension_scores, total_scores: result.total_scores }),
    ),
  );
