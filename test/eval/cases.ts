import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DimensionKey } from '@kenali/domain';

/** One labelled text of the offline relevance evaluation (see docs/offline-relevance.md). */
export interface EvalCase {
  readonly id: string;
  /** `tuning` may be looked at while changing the engine; `held-out` only measures it. */
  readonly split: 'tuning' | 'held-out';
  readonly dimension: DimensionKey;
  /** RIASEC area of the first gold profession. */
  readonly area: 'R' | 'I' | 'A' | 'S' | 'E' | 'C';
  readonly register: 'formal' | 'informal';
  /** Written to avoid the catalogue's own words for the gold profession. */
  readonly indirect: boolean;
  readonly text: string;
  /** 1–3 professions a careful reader would put first, labelled before any engine ran. */
  readonly gold: readonly number[];
  /** The 12 professions shown to the scorer, gold included. */
  readonly candidates: readonly number[];
}

export const CASES_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../data/offline-relevance/cases.json',
);

const DIMENSIONS = new Set([
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
]);

/** Reads and checks the case file; a malformed case throws so the evaluation never scores half a set. */
export const loadCases = (path = CASES_PATH): EvalCase[] => {
  const document = JSON.parse(readFileSync(path, 'utf8')) as { cases: EvalCase[] };
  const seen = new Set<string>();
  for (const c of document.cases) {
    const problem =
      (seen.has(c.id) && 'duplicate id') ||
      (!DIMENSIONS.has(c.dimension) && 'unknown dimension') ||
      (!['tuning', 'held-out'].includes(c.split) && 'unknown split') ||
      ((c.gold.length < 1 || c.gold.length > 3) && 'needs 1–3 gold professions') ||
      (new Set(c.candidates).size !== 12 && 'needs 12 distinct candidates') ||
      (!c.gold.every((g) => c.candidates.includes(g)) && 'a gold profession is not a candidate');
    if (problem !== false) throw new Error(`offline relevance case ${c.id}: ${problem}`);
    seen.add(c.id);
  }
  return document.cases;
};
