// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { displayText } from './answer-primitives.codec.js';

// The sentence is asked for in at most 30 words; a much longer one is not what we asked for.
const MAX_SENTENCE_CHARS = 400;

/** Decodes `{synergy_sentence: "..."}` into one clean sentence. */
export const decodeSynergySentence = (json: unknown): E.Either<string, string> => {
  const raw =
    typeof json === 'object' && json !== null
      ? (json as Record<string, unknown>).synergy_sentence
      : undefined;
  const text = displayText(raw, MAX_SENTENCE_CHARS);
  return text === undefined ? E.left('personality answer has no usable synergy_sentence') : E.right(text);
};
