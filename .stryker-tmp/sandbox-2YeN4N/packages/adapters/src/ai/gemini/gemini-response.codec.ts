// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

// Only the fields we rely on; everything else in the envelope is ignored.
const Part = t.partial({ text: t.string, thought: t.boolean });
const Candidate = t.partial({
  content: t.partial({ parts: t.array(Part) }),
  finishReason: t.string,
});
const Envelope = t.partial({
  candidates: t.array(Candidate),
  promptFeedback: t.partial({ blockReason: t.string }),
  modelVersion: t.string,
});

/** Finish reasons that mean "the provider refused", as opposed to "the answer is broken". */
const BLOCKED = new Set([
  'SAFETY',
  'RECITATION',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'LANGUAGE',
  'IMAGE_SAFETY',
]);

export type EnvelopeProblem = { readonly reason: 'blocked' | 'malformed'; readonly message: string };
export interface RawAnswer {
  readonly model: string;
  readonly text: string;
}

/** Reads the answer text and the model that produced it from a generateContent response. */
export const readEnvelope = (
  response: unknown,
  configuredModel: string,
): E.Either<EnvelopeProblem, RawAnswer> => {
  const decoded = Envelope.decode(response);
  if (E.isLeft(decoded))
    return E.left({ reason: 'malformed', message: 'response envelope has an unexpected shape' });
  const envelope = decoded.right;
  const blockReason = envelope.promptFeedback?.blockReason;
  if (blockReason !== undefined && blockReason !== 'BLOCK_REASON_UNSPECIFIED') {
    return E.left({ reason: 'blocked', message: `prompt blocked: ${blockReason}` });
  }
  const candidate = envelope.candidates?.[0];
  if (candidate === undefined) return E.left({ reason: 'malformed', message: 'response has no candidate' });
  const finish = candidate.finishReason;
  if (finish !== undefined && BLOCKED.has(finish)) {
    return E.left({ reason: 'blocked', message: `answer blocked: ${finish}` });
  }
  const text = (candidate.content?.parts ?? [])
    .filter((part) => part.thought !== true && typeof part.text === 'string')
    .map((part) => part.text)
    .join('');
  if (text.trim() === '') {
    return E.left({ reason: 'malformed', message: `empty answer (finishReason ${finish ?? 'none'})` });
  }
  const model = envelope.modelVersion?.trim();
  return E.right({ model: model ? model : configuredModel, text });
};

/** JSON mode should give bare JSON; a ```json fence is still tolerated because models add one anyway. */
export const parseJsonText = (text: string): E.Either<EnvelopeProblem, unknown> => {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text);
  const body = fenced?.[1] ?? text.trim();
  return E.tryCatch(
    () => JSON.parse(body) as unknown,
    () => ({ reason: 'malformed' as const, message: 'answer is not valid JSON' }),
  );
};
