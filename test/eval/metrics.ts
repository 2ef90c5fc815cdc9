/** Rank metrics of one scored case, exact under random tie-breaking (ties never flatter a scorer). */
export interface CaseMetrics {
  readonly top1: number;
  readonly top3: number;
  readonly reciprocalRank: number;
}

const choose = (n: number, k: number): number => {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
};

/**
 * The best gold profession's rank is `above + R`, where `above` counts candidates scored strictly higher than
 * every gold one and R is the first gold position inside the tied group at the best gold score (a uniformly
 * random order of `tied` candidates holding `tiedGold` golds): P(R = r) = C(tied − r, tiedGold − 1) / C(tied, tiedGold).
 */
export const caseMetrics = (scores: ReadonlyMap<number, number>, gold: readonly number[]): CaseMetrics => {
  const best = Math.max(...gold.map((g) => scores.get(g) ?? 0));
  const values = [...scores.values()];
  const above = values.filter((s) => s > best).length;
  const tied = values.filter((s) => s === best).length;
  const tiedGold = gold.filter((g) => (scores.get(g) ?? 0) === best).length;
  let top1 = 0;
  let top3 = 0;
  let reciprocalRank = 0;
  for (let r = 1; r <= tied - tiedGold + 1; r += 1) {
    const p = choose(tied - r, tiedGold - 1) / choose(tied, tiedGold);
    const rank = above + r;
    if (rank <= 1) top1 += p;
    if (rank <= 3) top3 += p;
    reciprocalRank += p / rank;
  }
  return { top1, top3, reciprocalRank };
};

export interface Summary {
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly mrr: number;
}

export const summarise = (metrics: readonly CaseMetrics[]): Summary => {
  const n = metrics.length;
  const mean = (pick: (m: CaseMetrics) => number) =>
    n === 0 ? 0 : metrics.reduce((sum, m) => sum + pick(m), 0) / n;
  return { n, top1: mean((m) => m.top1), top3: mean((m) => m.top3), mrr: mean((m) => m.reciprocalRank) };
};
