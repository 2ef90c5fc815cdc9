import type { DocumentItem, Field, ProfessionDocument } from './profession-document.js';
import type { QueryTerm } from './query-terms.js';

/** One catalogue phrase of a profession and the user's words (as written) that it contains. */
export interface Evidence {
  readonly item: DocumentItem;
  readonly words: readonly string[];
}

// Concrete phrases explain a match better than the general description or the title.
const FIELD_ORDER: readonly Field[] = [
  'activities',
  'hard_skills',
  'tools',
  'soft_skills',
  'about',
  'personality',
  'name',
  'career',
];

const CONCRETE: ReadonlySet<Field> = new Set(['activities', 'hard_skills', 'tools', 'soft_skills']);

/** An activity, skill or tool, as opposed to the general description, the personality text or a title. */
export const isConcrete = (evidence: Evidence): boolean => CONCRETE.has(evidence.item.field);

/** The phrases of a profession that contain the user's positive words (or their expansions), best first. */
export const evidenceFor = (document: ProfessionDocument, terms: readonly QueryTerm[]): Evidence[] => {
  const positive = terms.filter((term) => term.weight > 0);
  // One word per user concept, as first written ("menggambar", not also "bergambar" from another answer).
  const surfaceOf = new Map<string, string>();
  for (const term of positive) if (!surfaceOf.has(term.source)) surfaceOf.set(term.source, term.surface);
  const found: Evidence[] = [];
  for (const item of document.items) {
    // Each user concept once, in the order of the terms; most phrases match nothing, so nothing is allocated.
    let sources: Set<string> | undefined;
    for (const term of positive) {
      if (!item.stems.has(term.stem)) continue;
      sources ??= new Set();
      sources.add(term.source);
    }
    if (sources) found.push({ item, words: [...sources].map((source) => surfaceOf.get(source) as string) });
  }
  // Concrete phrases first, then more of the user's words; sort is stable, so ties keep catalogue order.
  return found.sort(
    (a, b) =>
      Number(isConcrete(b)) - Number(isConcrete(a)) ||
      b.words.length - a.words.length ||
      FIELD_ORDER.indexOf(a.item.field) - FIELD_ORDER.indexOf(b.item.field),
  );
};

/** The user's own words of an answer, those found in any of the documents first, then in order of writing. */
export const keyWords = (
  terms: readonly QueryTerm[],
  documents: readonly ProfessionDocument[],
  limit: number,
): string[] => {
  const own = terms.filter((term) => term.weight > 0 && !term.expanded);
  const matched = new Set(
    terms
      .filter((term) => term.weight > 0 && documents.some((d) => d.vocabulary.has(term.stem)))
      .map((term) => term.source),
  );
  const ordered = [...own.filter((t) => matched.has(t.stem)), ...own.filter((t) => !matched.has(t.stem))];
  return [...new Set(ordered.map((term) => term.surface))].slice(0, limit);
};
