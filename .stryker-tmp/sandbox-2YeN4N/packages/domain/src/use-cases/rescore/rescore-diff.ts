// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { DimensionKey } from '../../model/dimension.js';
import { round4 } from '../../scoring/round-half-even.js';
import type { IkigaiDimensionScoresData, IkigaiTotalScoresData } from '../../scoring/scores-data.js';
export interface RankMove {
  readonly profession_id: number;
  /** null: the profession was not ranked before (or is not any more). */
  readonly from: number | null;
  readonly to: number | null;
}
export interface ScoreDelta {
  readonly profession_id: number;
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

/** What a rescore changes in the ranking; stored in the revision row and printed by `--dry-run`. */
export type RescoreDiff = {
  readonly top_2_before: [number | null, number | null];
  readonly top_2_after: [number | null, number | null];
  readonly top_2_changed: boolean;
  /** Only professions whose rank changed, in new-rank order. */
  readonly rank_moves: RankMove[];
  /** Only professions whose total_score changed (0 for one that is absent on a side). */
  readonly score_deltas: ScoreDelta[];
  readonly max_abs_delta: number;
  readonly failed_dimensions_before: DimensionKey[];
  readonly failed_dimensions_after: DimensionKey[];
};
const top2 = (doc: IkigaiTotalScoresData): [number | null, number | null] => {
  if (stryMutAct_9fa48("1897")) {
    {}
  } else {
    stryCov_9fa48("1897");
    const ranked = stryMutAct_9fa48("1898") ? [...doc.profession_scores] : (stryCov_9fa48("1898"), (stryMutAct_9fa48("1899") ? [] : (stryCov_9fa48("1899"), [...doc.profession_scores])).sort(stryMutAct_9fa48("1900") ? () => undefined : (stryCov_9fa48("1900"), (a, b) => stryMutAct_9fa48("1901") ? a.rank + b.rank : (stryCov_9fa48("1901"), a.rank - b.rank))));
    return stryMutAct_9fa48("1902") ? [] : (stryCov_9fa48("1902"), [stryMutAct_9fa48("1903") ? ranked[0]?.profession_id && null : (stryCov_9fa48("1903"), (stryMutAct_9fa48("1904") ? ranked[0].profession_id : (stryCov_9fa48("1904"), ranked[0]?.profession_id)) ?? null), stryMutAct_9fa48("1905") ? ranked[1]?.profession_id && null : (stryCov_9fa48("1905"), (stryMutAct_9fa48("1906") ? ranked[1].profession_id : (stryCov_9fa48("1906"), ranked[1]?.profession_id)) ?? null)]);
  }
};

/** Rank moves and score deltas between the stored and the recomputed ranking. */
export const diffScores = (before: {
  readonly totals: IkigaiTotalScoresData;
  readonly dimensions: IkigaiDimensionScoresData;
}, after: {
  readonly totals: IkigaiTotalScoresData;
  readonly dimensions: IkigaiDimensionScoresData;
}): RescoreDiff => {
  if (stryMutAct_9fa48("1907")) {
    {}
  } else {
    stryCov_9fa48("1907");
    const old = new Map(before.totals.profession_scores.map(stryMutAct_9fa48("1908") ? () => undefined : (stryCov_9fa48("1908"), e => stryMutAct_9fa48("1909") ? [] : (stryCov_9fa48("1909"), [Number(e.profession_id), e]))));
    const seen = new Set<number>();
    const rankMoves: RankMove[] = stryMutAct_9fa48("1910") ? ["Stryker was here"] : (stryCov_9fa48("1910"), []);
    const scoreDeltas: ScoreDelta[] = stryMutAct_9fa48("1911") ? ["Stryker was here"] : (stryCov_9fa48("1911"), []);
    let maxAbsDelta = 0;
    const note = (id: number, fromRank: number | null, toRank: number | null, from: number, to: number) => {
      if (stryMutAct_9fa48("1912")) {
        {}
      } else {
        stryCov_9fa48("1912");
        if (stryMutAct_9fa48("1915") ? fromRank === toRank : stryMutAct_9fa48("1914") ? false : stryMutAct_9fa48("1913") ? true : (stryCov_9fa48("1913", "1914", "1915"), fromRank !== toRank)) rankMoves.push(stryMutAct_9fa48("1916") ? {} : (stryCov_9fa48("1916"), {
          profession_id: id,
          from: fromRank,
          to: toRank
        }));
        if (stryMutAct_9fa48("1919") ? from === to : stryMutAct_9fa48("1918") ? false : stryMutAct_9fa48("1917") ? true : (stryCov_9fa48("1917", "1918", "1919"), from !== to)) {
          if (stryMutAct_9fa48("1920")) {
            {}
          } else {
            stryCov_9fa48("1920");
            const delta = round4(stryMutAct_9fa48("1921") ? to + from : (stryCov_9fa48("1921"), to - from));
            scoreDeltas.push(stryMutAct_9fa48("1922") ? {} : (stryCov_9fa48("1922"), {
              profession_id: id,
              from,
              to,
              delta
            }));
            maxAbsDelta = stryMutAct_9fa48("1923") ? Math.min(maxAbsDelta, Math.abs(delta)) : (stryCov_9fa48("1923"), Math.max(maxAbsDelta, Math.abs(delta)));
          }
        }
      }
    };
    for (const entry of stryMutAct_9fa48("1924") ? [...after.totals.profession_scores] : (stryCov_9fa48("1924"), (stryMutAct_9fa48("1925") ? [] : (stryCov_9fa48("1925"), [...after.totals.profession_scores])).sort(stryMutAct_9fa48("1926") ? () => undefined : (stryCov_9fa48("1926"), (a, b) => stryMutAct_9fa48("1927") ? a.rank + b.rank : (stryCov_9fa48("1927"), a.rank - b.rank))))) {
      if (stryMutAct_9fa48("1928")) {
        {}
      } else {
        stryCov_9fa48("1928");
        const id = Number(entry.profession_id);
        const previous = old.get(id);
        seen.add(id);
        note(id, stryMutAct_9fa48("1929") ? previous?.rank && null : (stryCov_9fa48("1929"), (stryMutAct_9fa48("1930") ? previous.rank : (stryCov_9fa48("1930"), previous?.rank)) ?? null), entry.rank, stryMutAct_9fa48("1931") ? previous?.total_score && 0 : (stryCov_9fa48("1931"), (stryMutAct_9fa48("1932") ? previous.total_score : (stryCov_9fa48("1932"), previous?.total_score)) ?? 0), entry.total_score);
      }
    }
    for (const [id, entry] of old) if (stryMutAct_9fa48("1935") ? false : stryMutAct_9fa48("1934") ? true : stryMutAct_9fa48("1933") ? seen.has(id) : (stryCov_9fa48("1933", "1934", "1935"), !seen.has(id))) note(id, entry.rank, null, entry.total_score, 0);
    const top2Before = top2(before.totals);
    const top2After = top2(after.totals);
    return stryMutAct_9fa48("1936") ? {} : (stryCov_9fa48("1936"), {
      top_2_before: top2Before,
      top_2_after: top2After,
      top_2_changed: stryMutAct_9fa48("1939") ? top2Before[0] !== top2After[0] && top2Before[1] !== top2After[1] : stryMutAct_9fa48("1938") ? false : stryMutAct_9fa48("1937") ? true : (stryCov_9fa48("1937", "1938", "1939"), (stryMutAct_9fa48("1941") ? top2Before[0] === top2After[0] : stryMutAct_9fa48("1940") ? false : (stryCov_9fa48("1940", "1941"), top2Before[0] !== top2After[0])) || (stryMutAct_9fa48("1943") ? top2Before[1] === top2After[1] : stryMutAct_9fa48("1942") ? false : (stryCov_9fa48("1942", "1943"), top2Before[1] !== top2After[1]))),
      rank_moves: rankMoves,
      score_deltas: scoreDeltas,
      max_abs_delta: maxAbsDelta,
      failed_dimensions_before: stryMutAct_9fa48("1944") ? [] : (stryCov_9fa48("1944"), [...(stryMutAct_9fa48("1945") ? before.dimensions.metadata.failed_dimensions && [] : (stryCov_9fa48("1945"), before.dimensions.metadata.failed_dimensions ?? (stryMutAct_9fa48("1946") ? ["Stryker was here"] : (stryCov_9fa48("1946"), []))))]),
      failed_dimensions_after: stryMutAct_9fa48("1947") ? [] : (stryCov_9fa48("1947"), [...after.dimensions.metadata.failed_dimensions])
    });
  }
};

/**
 * What a revision row keeps of a diff: everything but the per-profession deltas, which `old_total_scores` and
 * the current totals hold anyway (storing them made each revision's write about a quarter dearer).
 */
export type RevisionDiff = Omit<RescoreDiff, 'score_deltas'> & {
  readonly changed_scores: number;
};
export const revisionDiff = stryMutAct_9fa48("1948") ? () => undefined : (stryCov_9fa48("1948"), (() => {
  const revisionDiff = ({
    score_deltas,
    ...rest
  }: RescoreDiff): RevisionDiff => stryMutAct_9fa48("1949") ? {} : (stryCov_9fa48("1949"), {
    ...rest,
    changed_scores: score_deltas.length
  });
  return revisionDiff;
})());