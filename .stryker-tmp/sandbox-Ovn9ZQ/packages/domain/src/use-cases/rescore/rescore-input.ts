// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { DIMENSION_KEYS, type DimensionKey } from '../../model/dimension.js';
import { ProfessionId, type SessionId } from '../../model/ids.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { DimensionRawScores, IkigaiScoringInput, RawRelevance } from '../../scoring/scoring-input.js';

/** A stored document this service did not write the way it reads it back; named by its JSON path. */
export interface StoredScoresCorrupt {
  readonly _tag: 'StoredScoresCorrupt';
  readonly session: SessionId;
  readonly path: string;
}

/** Fresh relevance answers of a reask, per dimension; a dimension without one keeps its stored r_raw. */
export type FreshRelevance = Partial<Record<DimensionKey, readonly RawRelevance[]>>;

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null;

/** The stored r_raw of one dimension, exactly as the pipeline stored them (clamped, 4 dp, AI order). */
const storedRaw = (
  snapshot: ScoredSnapshot,
  key: DimensionKey,
): E.Either<StoredScoresCorrupt, readonly RawRelevance[]> => {
  const entries: unknown = (snapshot.scores.dimensionScores.dimension_scores as Record<string, unknown>)[key];
  const corrupt = (path: string) =>
    E.left<StoredScoresCorrupt>({ _tag: 'StoredScoresCorrupt', session: snapshot.id, path });
  if (!Array.isArray(entries)) return corrupt(`dimension_scores.${key}`);
  const raw = new Array<RawRelevance>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry: unknown = entries[i];
    if (!isRecord(entry) || typeof entry.profession_id !== 'number' || typeof entry.r_raw !== 'number') {
      return corrupt(`dimension_scores.${key}[${i}]`);
    }
    raw[i] = { profession_id: ProfessionId(entry.profession_id), r_raw: entry.r_raw };
  }
  return E.right(raw);
};

/**
 * The pipeline input that reproduces a session's stored scores: its candidates in stored order, the stored
 * names, the clicks, and per dimension the fresh answer, else the stored r_raw. A dimension listed in
 * `failed_dimensions` stays failed (r_raw null, 0.5 for everyone) unless it got a fresh answer.
 */
export const scoringInputOf = (
  snapshot: ScoredSnapshot,
  fresh: FreshRelevance,
): E.Either<StoredScoresCorrupt, IkigaiScoringInput> => {
  const failed = new Set<string>(snapshot.scores.dimensionScores.metadata.failed_dimensions ?? []);
  const nameOf = new Map<number, string>();
  for (const entry of snapshot.scores.totalScores.profession_scores ?? []) {
    nameOf.set(Number(entry.profession_id), entry.profession_name);
  }
  const dimensions = {} as Record<DimensionKey, DimensionRawScores>;
  for (const key of DIMENSION_KEYS) {
    const answer = fresh[key];
    let r_raw: readonly RawRelevance[] | null;
    if (answer !== undefined) r_raw = answer;
    else if (failed.has(key)) r_raw = null;
    else {
      const stored = storedRaw(snapshot, key);
      if (E.isLeft(stored)) return stored;
      r_raw = stored.right;
    }
    dimensions[key] = { selected_profession_id: snapshot.selected[key], r_raw };
  }
  return E.right({
    candidates: snapshot.candidates.map((c) => ({
      ...c,
      profession_name: nameOf.get(Number(c.profession_id)) ?? null,
    })),
    dimensions,
  });
};
