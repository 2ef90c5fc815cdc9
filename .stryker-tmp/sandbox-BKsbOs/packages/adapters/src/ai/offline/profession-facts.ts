// @ts-nocheck
import type { ProfessionProfile } from '@kenali/domain';
import { joinList, lowerFirst, mentions, shortPhrase, toolName } from './indonesian-text.js';
import { LETTER_TRAITS, lettersOf, type LetterTraits } from './riasec-traits.js';

/** Catalogue facts of one profession, cleaned for templates: lower-cased phrases that never name the job. */
export interface ProfessionFacts {
  readonly activities: readonly string[];
  readonly hardSkills: readonly string[];
  readonly softSkills: readonly string[];
  readonly tools: readonly string[];
  /** Up to three workplaces from the description ("rumah sakit, puskesmas, dan klinik"), if it names them. */
  readonly workplaces: string | undefined;
  readonly traits: LetterTraits | undefined;
}

// Sentences of the catalogue that list where the profession works.
const WORKPLACE_PATTERNS = [
  /\b(?:bekerja|berkarier) di ([^.]+)/i,
  /\bdibutuhkan (?:di|oleh) ([^.]+)/i,
  /\btempat kerjanya meliputi ([^.]+)/i,
  /\blapangan kerjanya[^:]*: ([^.]+)/i,
];

// Lists like "hampir semua industri, seperti …" or "dari startup hingga korporasi" do not read as a list of places.
const NOT_A_PLACE = /^(?:hampir|semua|dari|seperti|mulai|termasuk)\b/;

const workplacesOf = (about: string, name: string): string | undefined => {
  for (const pattern of WORKPLACE_PATTERNS) {
    const list = pattern.exec(about)?.[1];
    if (list === undefined) continue;
    const places = list
      .split(/,\s*|\s+(?:atau|dan|serta|hingga)\s+/)
      .map((place) => place.replace(/^(?:atau|dan|serta|hingga)\s+/, '').trim())
      .filter((place) => place.length > 0 && !/^sebagai\b/.test(place) && place.split(/\s+/).length <= 5);
    if (places.length === 0 || places.some((place) => NOT_A_PLACE.test(place) || mentions(place, name)))
      continue;
    return joinList(places.slice(0, 3));
  }
  return undefined;
};

export const factsOf = (p: ProfessionProfile): ProfessionFacts => {
  const clean = (items: readonly string[], maxWords: number) =>
    items.filter((item) => !mentions(item, p.name)).map((item) => shortPhrase(lowerFirst(item), maxWords));
  const lead = lettersOf(p.riasec_code)[0];
  return {
    activities: clean(p.activities, 10),
    hardSkills: clean(p.hard_skills, 6),
    softSkills: clean(p.soft_skills, 4),
    tools: p.tools.filter((tool) => !mentions(tool, p.name)).map(toolName),
    workplaces: workplacesOf(p.about_description, p.name),
    traits: lead === undefined ? undefined : LETTER_TRAITS[lead],
  };
};
