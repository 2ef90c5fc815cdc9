/** The unfinished test of this browser, kept in localStorage so a reload resumes where the person was. */

export type Goal = 'RECOMMENDATION' | 'FIT_CHECK';
export type Stage = 'questions' | 'riasec-result' | 'ikigai' | 'result';

export interface Draft {
  readonly selected: number | null;
  readonly text: string;
}

export interface Progress {
  readonly token: string;
  readonly goal?: Goal;
  readonly stage: Stage;
  /** The session's order of the 72 items (from the start), or 1…72 when resumed elsewhere. */
  readonly questionIds: readonly number[];
  readonly answers: Readonly<Record<number, number>>;
  /** When each item was answered (ISO), sent with the answers. */
  readonly answeredAt: Readonly<Record<number, string>>;
  readonly index: number;
  readonly ikigaiStep: number;
  readonly drafts: Readonly<Record<string, Draft>>;
}

const KEY = 'kenali.progress';

export const loadProgress = (): Progress | undefined => {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Progress) : undefined;
    return parsed && typeof parsed.token === 'string' && Array.isArray(parsed.questionIds)
      ? parsed
      : undefined;
  } catch {
    return undefined;
  }
};

export const saveProgress = (progress: Progress): void => localStorage.setItem(KEY, JSON.stringify(progress));

export const updateProgress = (change: Partial<Progress>): Progress | undefined => {
  const current = loadProgress();
  if (!current) return undefined;
  const next = { ...current, ...change };
  saveProgress(next);
  return next;
};

export const clearProgress = (): void => localStorage.removeItem(KEY);

export const freshProgress = (token: string, questionIds: readonly number[], goal?: Goal): Progress => ({
  token,
  ...(goal ? { goal } : {}),
  stage: 'questions',
  questionIds,
  answers: {},
  answeredAt: {},
  index: 0,
  ikigaiStep: 0,
  drafts: {},
});

export const CANONICAL_ORDER: readonly number[] = Array.from({ length: 72 }, (_, i) => i + 1);
