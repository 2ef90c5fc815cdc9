// @ts-nocheck
import {
  DIMENSION_KEYS,
  type DimensionKey,
  type DimensionTexts,
  type ProfessionContent,
  type ProfessionId,
  ProfessionId as toProfessionId,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { LooseId, displayText, listUnder } from './answer-primitives.codec.js';

/** Shown for a dimension the model left out (upstream §4.4). */
export const MISSING_DESCRIPTION = 'Deskripsi tidak tersedia.';

// Generous limits: texts are asked for 25–40 words, option labels for at most 15.
const MAX_TEXT_CHARS = 600;
const MAX_OPTION_CHARS = 200;

export const optionKey = (key: DimensionKey): string => `${key}_option`;

const textsOf = (item: Record<string, unknown>, keyOf: (k: DimensionKey) => string, max: number) =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, displayText(item[keyOf(k)], max)])) as Record<
    DimensionKey,
    string | undefined
  >;

const isComplete = (texts: Record<string, string | undefined>): texts is Record<string, string> =>
  Object.values(texts).every((text) => text !== undefined);

/**
 * Decodes `{items: [{profession_id, <four texts>, <four *_option labels>}]}`: one entry per asked
 * profession, matched by (coerced) id, first duplicate wins. Missing texts get the placeholder; option
 * labels are kept only when all four are present, so a checkbox never shows a placeholder.
 * Nothing usable for any profession means the answer is unusable.
 */
export const decodeContent =
  (asked: readonly ProfessionId[]) =>
  (json: unknown): E.Either<string, readonly ProfessionContent[]> => {
    const items = listUnder('items', json);
    if (items === undefined) return E.left('content answer has no items list');
    const wanted = new Set<number>(asked);
    const byId = new Map<number, Record<string, unknown>>();
    for (const item of items) {
      if (typeof item !== 'object' || item === null) continue;
      const id = LooseId.decode((item as Record<string, unknown>).profession_id);
      if (E.isRight(id) && wanted.has(id.right) && !byId.has(id.right)) {
        byId.set(id.right, item as Record<string, unknown>);
      }
    }
    let usable = 0;
    const contents = asked.map((id): ProfessionContent => {
      const item = byId.get(id) ?? {};
      const texts = textsOf(item, (k) => k, MAX_TEXT_CHARS);
      const options = textsOf(item, optionKey, MAX_OPTION_CHARS);
      if (Object.values(texts).some((text) => text !== undefined)) usable += 1;
      const dimension_content = Object.fromEntries(
        DIMENSION_KEYS.map((k) => [k, texts[k] ?? MISSING_DESCRIPTION]),
      ) as DimensionTexts;
      return {
        profession_id: toProfessionId(id),
        dimension_content,
        ...(isComplete(options) ? { dimension_options: options as DimensionTexts } : {}),
      };
    });
    return usable === 0 && asked.length > 0 ? E.left('content answer has no usable item') : E.right(contents);
  };
