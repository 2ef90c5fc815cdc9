// @ts-nocheck
const LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
type Letter = (typeof LETTERS)[number];

export interface AnswerItem {
  question_id: number;
  question_type: Letter;
  answer_value: number;
  answered_at: string;
}

/** 12 Likert values (1–5) summing to `total` (12–60), spread as evenly as possible. */
const spread = (total: number): number[] => {
  const base = Math.floor(total / 12);
  const extra = total - base * 12;
  return Array.from({ length: 12 }, (_, i) => base + (i < extra ? 1 : 0));
};

/** 72 answers whose per-type sums are exactly `scores`, in the session's question order. */
export const answersFor = (scores: Record<Letter, number>, order?: readonly number[]): AnswerItem[] => {
  const byId = new Map<number, AnswerItem>();
  LETTERS.forEach((letter, typeIndex) => {
    spread(scores[letter]).forEach((value, i) => {
      const id = typeIndex * 12 + i + 1;
      byId.set(id, {
        question_id: id,
        question_type: letter,
        answer_value: value,
        answered_at: '2026-11-22T08:00:00Z',
      });
    });
  });
  return (order ?? [...byId.keys()]).map((id) => byId.get(id) as AnswerItem);
};

/** A clear investigative profile (I single): the upstream worked example. */
export const I_SINGLE = { R: 45, I: 56, A: 20, S: 22, E: 32, C: 46 };
/** A social–artistic dual profile. */
export const SA_DUAL = { R: 20, I: 25, A: 44, S: 50, E: 30, C: 22 };
