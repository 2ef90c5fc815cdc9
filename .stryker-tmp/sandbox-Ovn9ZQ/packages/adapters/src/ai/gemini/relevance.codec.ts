// @ts-nocheck
import { type ProfessionId, ProfessionId as toProfessionId, round4 } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { LooseId, LooseNumber, listUnder } from './answer-primitives.codec.js';

const ScoreItem = t.type({ profession_id: LooseId, r_raw: LooseNumber });

/** r_raw for candidates the model forgot (decisions §4 (29)). */
export const NEUTRAL_RELEVANCE = 0.5;

export interface DecodedRelevance {
  readonly scores: readonly { readonly profession_id: ProfessionId; readonly r_raw: number }[];
  readonly missing: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/**
 * Decodes `{scores: [{profession_id, r_raw}]}` as hostile input: unknown ids and unreadable items are
 * dropped, the first of duplicate ids wins, values are clamped to [0,1], and every asked-for profession
 * gets a score (0.5 when missing, counted). No usable item at all means the answer is unusable.
 */
export const decodeRelevance =
  (asked: readonly ProfessionId[]) =>
  (json: unknown): E.Either<string, DecodedRelevance> => {
    const items = listUnder('scores', json);
    if (items === undefined) return E.left('relevance answer has no scores list');
    const wanted = new Set<number>(asked);
    const found = new Map<number, number>();
    for (const item of items) {
      const decoded = ScoreItem.decode(item);
      if (E.isLeft(decoded)) continue;
      const { profession_id: id, r_raw: value } = decoded.right;
      if (wanted.has(id) && !found.has(id)) found.set(id, round4(clamp01(value)));
    }
    if (asked.length > 0 && found.size === 0) return E.left('relevance answer has no usable score');
    const scores = asked.map((id) => ({
      profession_id: toProfessionId(id),
      r_raw: found.get(id) ?? NEUTRAL_RELEVANCE,
    }));
    return E.right({ scores, missing: asked.filter((id) => !found.has(id)).length });
  };
