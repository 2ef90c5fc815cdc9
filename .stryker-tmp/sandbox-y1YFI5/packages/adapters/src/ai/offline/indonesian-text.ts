// @ts-nocheck
import type { CareerStep } from '@kenali/domain';

/** "Desain grafis" → "desain grafis", but "SQL" and "Adobe Photoshop" keep their capitals. */
export const lowerFirst = (text: string): string => {
  const trimmed = text.trim();
  const second = trimmed.charAt(1);
  return second !== '' && second === second.toLowerCase()
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
};

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "a", "a dan b", "a, b, dan c" (or "atau"). */
export const joinList = (items: readonly string[], conjunction: 'dan' | 'atau' = 'dan'): string => {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items[items.length - 1]}`;
};

/** Two phrases joined without a double "dan": "git dan GitHub serta Visual Studio Code". */
export const joinPair = (items: readonly string[]): string => {
  const [a, b] = items;
  if (a === undefined || b === undefined) return a ?? '';
  return / dan /.test(`${a} ${b}`) ? `${a} serta ${b}` : `${a} dan ${b}`;
};

/** A tool name inside a sentence: "Tablet gambar" → "tablet gambar"; brands ("Adobe Photoshop", "Canva") stay. */
export const toolName = (tool: string): string => {
  const words = tool.trim().split(/\s+/);
  const common = words.length > 1 && words.slice(1).every((w) => w === w.toLowerCase());
  return common ? lowerFirst(tool) : tool.trim();
};

/** Cuts a phrase to at most `maxWords`, preferably at a comma or before "dan"/"untuk", without a dangling tail. */
export const shortPhrase = (text: string, maxWords: number): string => {
  const words = text
    .trim()
    .replace(/[.\s]+$/, '')
    .split(/\s+/);
  if (words.length <= maxWords) return words.join(' ');
  const head = words.slice(0, maxWords);
  const breakAt = head.reduce(
    (best, word, index) =>
      index >= 3 && (word.endsWith(',') || /^(dan|untuk|serta|atau|agar)$/.test(word)) ? index : best,
    -1,
  );
  const kept = breakAt > 0 ? head.slice(0, head[breakAt]?.endsWith(',') ? breakAt + 1 : breakAt) : head;
  return kept
    .join(' ')
    .replace(/[,;:]$/, '')
    .replace(/\s+(dan|atau|serta|yang|di|ke|dari|untuk)$/, '');
};

/** Capitalised, with exactly one final full stop. */
export const sentence = (text: string): string => `${upperFirst(text.trim().replace(/[.\s]+$/, ''))}.`;

export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** 7_500_000 → "7,5" (Indonesian decimal comma, millions). */
const millions = (amount: number): string => {
  const value = Math.round(amount / 100_000) / 10;
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
};

/** "Rp 5–7,5 juta/bulan" from a career step, or undefined when the catalogue has no salary. */
export const salaryRange = (step: CareerStep | null): string | undefined => {
  const low = step?.salary_min ?? 0;
  const high = step?.salary_max ?? 0;
  if (low <= 0 && high <= 0) return undefined;
  if (low <= 0 || high <= 0 || low === high) return `Rp ${millions(Math.max(low, high))} juta/bulan`;
  return `Rp ${millions(low)}–${millions(high)} juta/bulan`;
};

/** A stable index in 0..n−1 from a string, to vary templates between professions yet stay deterministic. */
export const pick = (seed: string, n: number): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % n;
};

/** True when `text` names `name` as a whole word sequence (case-insensitive). */
export const mentions = (text: string, name: string): boolean => {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped !== '' && new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text);
};
