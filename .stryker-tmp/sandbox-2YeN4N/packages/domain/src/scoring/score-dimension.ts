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
import type { DimensionScoreEntry, NormalizationParams } from './scores-data.js';
import type { DimensionRawScores, RawRelevance, ScoringCandidate } from './scoring-input.js';
import type { CandidatePositions } from './validate-input.js';
import { round4 } from './round-half-even.js';
import { CLICK_WEIGHT, FALLBACK_R_RAW, TEXT_WEIGHT, ZERO_RANGE_R_NORMALIZED } from './weights.js';
export interface DimensionResult {
  /** In the order of the AI answer (candidate order for a failed call), as stored. */
  readonly entries: DimensionScoreEntry[];
  /** The same entries indexed by candidate position; `undefined` where the candidate has no entry. */
  readonly byPosition: readonly (DimensionScoreEntry | undefined)[];
  readonly params: NormalizationParams;
  readonly failed: boolean;
}
const clamp01 = stryMutAct_9fa48("1159") ? () => undefined : (stryCov_9fa48("1159"), (() => {
  const clamp01 = (x: number): number => (stryMutAct_9fa48("1163") ? x >= 0 : stryMutAct_9fa48("1162") ? x <= 0 : stryMutAct_9fa48("1161") ? false : stryMutAct_9fa48("1160") ? true : (stryCov_9fa48("1160", "1161", "1162", "1163"), x < 0)) ? 0 : (stryMutAct_9fa48("1167") ? x <= 1 : stryMutAct_9fa48("1166") ? x >= 1 : stryMutAct_9fa48("1165") ? false : stryMutAct_9fa48("1164") ? true : (stryCov_9fa48("1164", "1165", "1166", "1167"), x > 1)) ? 1 : x;
  return clamp01;
})());

/**
 * Upstream §4.8 steps 5–6 for one dimension. r_raw is clamped to [0,1] and rounded to 4 dp first (the AI
 * client did this upstream), so min/max, normalisation and the click score all see the stored r_raw.
 * A failed call (`r_raw: null`) gives every candidate 0.5, in candidate order.
 */
export const scoreDimension = (candidates: readonly ScoringCandidate[], raw: DimensionRawScores, positions: CandidatePositions): DimensionResult => {
  if (stryMutAct_9fa48("1168")) {
    {}
  } else {
    stryCov_9fa48("1168");
    const failed = stryMutAct_9fa48("1171") ? raw.r_raw !== null : stryMutAct_9fa48("1170") ? false : stryMutAct_9fa48("1169") ? true : (stryCov_9fa48("1169", "1170", "1171"), raw.r_raw === null);
    const items: readonly RawRelevance[] = stryMutAct_9fa48("1172") ? raw.r_raw && candidates.map(candidate => ({
      profession_id: candidate.profession_id,
      r_raw: FALLBACK_R_RAW
    })) : (stryCov_9fa48("1172"), raw.r_raw ?? candidates.map(stryMutAct_9fa48("1173") ? () => undefined : (stryCov_9fa48("1173"), candidate => stryMutAct_9fa48("1174") ? {} : (stryCov_9fa48("1174"), {
      profession_id: candidate.profession_id,
      r_raw: FALLBACK_R_RAW
    }))));
    const count = items.length;
    const values = stryMutAct_9fa48("1175") ? new Array() : (stryCov_9fa48("1175"), new Array<number>(count));
    let min = Infinity;
    let max = stryMutAct_9fa48("1176") ? +Infinity : (stryCov_9fa48("1176"), -Infinity);
    for (let i = 0; stryMutAct_9fa48("1179") ? i >= count : stryMutAct_9fa48("1178") ? i <= count : stryMutAct_9fa48("1177") ? false : (stryCov_9fa48("1177", "1178", "1179"), i < count); stryMutAct_9fa48("1180") ? i-- : (stryCov_9fa48("1180"), i++)) {
      if (stryMutAct_9fa48("1181")) {
        {}
      } else {
        stryCov_9fa48("1181");
        const value = round4(clamp01(items[i].r_raw));
        values[i] = value;
        if (stryMutAct_9fa48("1185") ? value >= min : stryMutAct_9fa48("1184") ? value <= min : stryMutAct_9fa48("1183") ? false : stryMutAct_9fa48("1182") ? true : (stryCov_9fa48("1182", "1183", "1184", "1185"), value < min)) min = value;
        if (stryMutAct_9fa48("1189") ? value <= max : stryMutAct_9fa48("1188") ? value >= max : stryMutAct_9fa48("1187") ? false : stryMutAct_9fa48("1186") ? true : (stryCov_9fa48("1186", "1187", "1188", "1189"), value > max)) max = value;
      }
    }
    // An empty answer has no range; upstream stores 0/1 so the params stay meaningful.
    if (stryMutAct_9fa48("1192") ? count !== 0 : stryMutAct_9fa48("1191") ? false : stryMutAct_9fa48("1190") ? true : (stryCov_9fa48("1190", "1191", "1192"), count === 0)) [min, max] = stryMutAct_9fa48("1193") ? [] : (stryCov_9fa48("1193"), [0, 1]);
    const range = stryMutAct_9fa48("1194") ? max + min : (stryCov_9fa48("1194"), max - min);
    // Entries exist only for candidates, so a selected id that is not a candidate matches nothing and is thereby
    // ignored (upstream §4.8 step 3): nobody gets click points in that dimension.
    const selected = raw.selected_profession_id;
    const entries = stryMutAct_9fa48("1195") ? new Array() : (stryCov_9fa48("1195"), new Array<DimensionScoreEntry>(count));
    const byPosition = (stryMutAct_9fa48("1196") ? new Array() : (stryCov_9fa48("1196"), new Array<DimensionScoreEntry | undefined>(candidates.length))).fill(undefined);
    for (let i = 0; stryMutAct_9fa48("1199") ? i >= count : stryMutAct_9fa48("1198") ? i <= count : stryMutAct_9fa48("1197") ? false : (stryCov_9fa48("1197", "1198", "1199"), i < count); stryMutAct_9fa48("1200") ? i-- : (stryCov_9fa48("1200"), i++)) {
      if (stryMutAct_9fa48("1201")) {
        {}
      } else {
        stryCov_9fa48("1201");
        const profession_id = items[i].profession_id;
        const r_raw = values[i];
        const r_normalized = (stryMutAct_9fa48("1204") ? range !== 0 : stryMutAct_9fa48("1203") ? false : stryMutAct_9fa48("1202") ? true : (stryCov_9fa48("1202", "1203", "1204"), range === 0)) ? ZERO_RANGE_R_NORMALIZED : clamp01(round4(stryMutAct_9fa48("1205") ? (r_raw - min) * range : (stryCov_9fa48("1205"), (stryMutAct_9fa48("1206") ? r_raw + min : (stryCov_9fa48("1206"), r_raw - min)) / range)));
        const text_score = round4(stryMutAct_9fa48("1207") ? TEXT_WEIGHT / r_normalized : (stryCov_9fa48("1207"), TEXT_WEIGHT * r_normalized));
        const click_score = (stryMutAct_9fa48("1210") ? profession_id !== selected : stryMutAct_9fa48("1209") ? false : stryMutAct_9fa48("1208") ? true : (stryCov_9fa48("1208", "1209", "1210"), profession_id === selected)) ? round4(stryMutAct_9fa48("1211") ? CLICK_WEIGHT / r_raw : (stryCov_9fa48("1211"), CLICK_WEIGHT * r_raw)) : 0;
        const dimension_total = round4(stryMutAct_9fa48("1212") ? text_score - click_score : (stryCov_9fa48("1212"), text_score + click_score));
        const entry = stryMutAct_9fa48("1213") ? {} : (stryCov_9fa48("1213"), {
          profession_id,
          r_raw,
          r_normalized,
          text_score,
          click_score,
          dimension_total
        });
        entries[i] = entry;
        const position = positions.get(profession_id);
        if (stryMutAct_9fa48("1216") ? position === undefined : stryMutAct_9fa48("1215") ? false : stryMutAct_9fa48("1214") ? true : (stryCov_9fa48("1214", "1215", "1216"), position !== undefined)) byPosition[position] = entry;
      }
    }
    return stryMutAct_9fa48("1217") ? {} : (stryCov_9fa48("1217"), {
      entries,
      byPosition,
      params: stryMutAct_9fa48("1218") ? {} : (stryCov_9fa48("1218"), {
        r_min: round4(min),
        r_max: round4(max),
        professions_evaluated: count
      }),
      failed
    });
  }
};