// @ts-nocheck
import type { CareerStep, ProfessionProfile } from '@kenali/domain';

export const NOT_AVAILABLE = 'Tidak tersedia';

/** Cuts catalogue text to a prompt budget without breaking a word in half. */
export const clip = (text: string, maxChars: number): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
};

export const firstItems = (items: readonly string[], count: number): string => {
  const picked = items
    .map((item) => item.trim())
    .filter(Boolean)
    .slice(0, count);
  return picked.length > 0 ? picked.join('; ') : NOT_AVAILABLE;
};

const millions = (rupiah: number): number => Math.round(rupiah / 1_000_000);

/** Monthly salary in whole millions of rupiah; "-" when the catalogue has no usable figure. */
export const salaryRange = (step: CareerStep | null): string => {
  const min = step?.salary_min ?? 0;
  const max = step?.salary_max ?? 0;
  if (min > 0 && max > 0) return `Rp ${millions(min)}–${millions(max)} juta per bulan`;
  if (min > 0) return `mulai Rp ${millions(min)} juta per bulan`;
  if (max > 0) return `hingga Rp ${millions(max)} juta per bulan`;
  return '-';
};

export const careerStep = (step: CareerStep | null): string =>
  step === null
    ? NOT_AVAILABLE
    : `${step.title} (${step.experience_range || '-'}), gaji ${salaryRange(step)}`;

/** The heading every profession block starts with; the ids are what the answer must echo back. */
export const professionHeading = (p: ProfessionProfile): string => `[ID ${p.profession_id}] ${p.name}`;

export const riasecLine = (p: ProfessionProfile): string => {
  const description = p.riasec_description.trim();
  return `${p.riasec_code ?? '-'}${description ? ` — ${clip(description, 200)}` : ''}`;
};
