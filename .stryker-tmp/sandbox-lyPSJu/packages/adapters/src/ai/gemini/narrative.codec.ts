// @ts-nocheck
import { DIMENSION_KEYS, type DimensionTexts, type ProfessionId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { LooseId, displayText } from './answer-primitives.codec.js';

const MAX_SUMMARY_CHARS = 1500;
const MAX_REASONING_CHARS = 1000;

export interface DecodedNarrative {
  readonly ikigai_profile_summary: DimensionTexts;
  readonly match_reasoning: Readonly<Record<string, string>>;
}

const asRecord = (u: unknown): Record<string, unknown> | undefined =>
  typeof u === 'object' && u !== null && !Array.isArray(u) ? (u as Record<string, unknown>) : undefined;

/** `{"12": "..."}` as asked, or `[{profession_id, text}]` when a model flattens the map. */
const reasoningEntries = (u: unknown): [unknown, unknown][] =>
  Array.isArray(u)
    ? u.map((item) => {
        const r = asRecord(item) ?? {};
        return [r.profession_id, r.text ?? r.reasoning ?? r.match_reasoning];
      })
    : Object.entries(asRecord(u) ?? {});

/**
 * Decodes `{ikigai_profile_summary: {four texts}, match_reasoning: {"<id>": text}}`. Everything is
 * required: a half-written narrative is worse than the honest fallback the use case stores instead.
 */
export const decodeNarrative =
  (top: readonly ProfessionId[]) =>
  (json: unknown): E.Either<string, DecodedNarrative> => {
    const root = asRecord(json);
    const summarySource = asRecord(root?.ikigai_profile_summary);
    if (summarySource === undefined) return E.left('narrative answer has no ikigai_profile_summary');
    const summary: Partial<Record<string, string>> = {};
    for (const key of DIMENSION_KEYS) {
      const text = displayText(summarySource[key], MAX_SUMMARY_CHARS);
      if (text === undefined) return E.left(`narrative summary for ${key} is missing or unusable`);
      summary[key] = text;
    }
    const wanted = new Set<number>(top);
    const reasoning: Record<string, string> = {};
    for (const [rawId, rawText] of reasoningEntries(root?.match_reasoning)) {
      const id = LooseId.decode(rawId);
      const text = displayText(rawText, MAX_REASONING_CHARS);
      if (E.isRight(id) && wanted.has(id.right) && text !== undefined && !(String(id.right) in reasoning)) {
        reasoning[String(id.right)] = text;
      }
    }
    const absent = top.filter((id) => !(String(id) in reasoning));
    if (absent.length > 0) return E.left(`narrative has no match_reasoning for ${absent.join(', ')}`);
    return E.right({ ikigai_profile_summary: summary as DimensionTexts, match_reasoning: reasoning });
  };
