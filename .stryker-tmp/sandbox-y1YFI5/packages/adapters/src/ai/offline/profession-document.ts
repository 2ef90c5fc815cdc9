// @ts-nocheck
import type { ProfessionProfile } from '@kenali/domain';
import { stemsOf } from './normalise.js';

/** The searchable fields of a profession (BM25F: each has its own length normalisation and weight). */
export const FIELDS = [
  'name',
  'about',
  'activities',
  'hard_skills',
  'soft_skills',
  'tools',
  'personality',
  'career',
] as const;
export type Field = (typeof FIELDS)[number];

/** One catalogue phrase (an activity, a skill, a sentence) with its stems, to explain matches later. */
export interface DocumentItem {
  readonly field: Field;
  readonly text: string;
  readonly stems: ReadonlySet<string>;
}

export interface ProfessionDocument {
  readonly profile: ProfessionProfile;
  readonly termFrequency: Readonly<Record<Field, ReadonlyMap<string, number>>>;
  readonly length: Readonly<Record<Field, number>>;
  readonly items: readonly DocumentItem[];
  /** Every stem of every field, for document frequencies. */
  readonly vocabulary: ReadonlySet<string>;
}

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const phrasesOf = (p: ProfessionProfile): Record<Field, readonly string[]> => ({
  name: [p.name],
  about: sentences(p.about_description),
  activities: p.activities,
  hard_skills: p.hard_skills,
  soft_skills: p.soft_skills,
  tools: p.tools,
  personality: sentences(p.riasec_description),
  career: [p.entry_level_path?.title, p.senior_level_path?.title].filter((t): t is string => t !== undefined),
});

/** Tokenises one profession: the expensive part of scoring, done once per profession and cached. */
export const buildDocument = (profile: ProfessionProfile): ProfessionDocument => {
  const phrases = phrasesOf(profile);
  const items: DocumentItem[] = [];
  const termFrequency = {} as Record<Field, Map<string, number>>;
  const length = {} as Record<Field, number>;
  for (const field of FIELDS) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const text of phrases[field]) {
      const stems = stemsOf(text);
      items.push({ field, text, stems: new Set(stems) });
      for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
      total += stems.length;
    }
    termFrequency[field] = counts;
    length[field] = total;
  }
  const vocabulary = new Set(FIELDS.flatMap((field) => [...termFrequency[field].keys()]));
  return { profile, termFrequency, length, items, vocabulary };
};

/** FNV-1a over the profile's content: a changed catalogue row gets a fresh document under the same id. */
const contentHash = (p: ProfessionProfile): string => {
  const text = JSON.stringify(phrasesOf(p));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${p.profession_id}:${(hash >>> 0).toString(16)}:${text.length}`;
};

const CACHE_LIMIT = 2_000;

/**
 * Documents memoised by object identity (the same profiles array reused across the four calls) and by
 * id + content hash (profiles re-read from the database for every request).
 */
export class DocumentCache {
  private readonly byObject = new WeakMap<ProfessionProfile, ProfessionDocument>();
  private readonly byContent = new Map<string, ProfessionDocument>();

  get(profile: ProfessionProfile): ProfessionDocument {
    const known = this.byObject.get(profile);
    if (known !== undefined) return known;
    const key = contentHash(profile);
    let document = this.byContent.get(key);
    if (document === undefined) {
      document = buildDocument(profile);
      if (this.byContent.size >= CACHE_LIMIT) this.byContent.clear();
      this.byContent.set(key, document);
    }
    this.byObject.set(profile, document);
    return document;
  }
}
