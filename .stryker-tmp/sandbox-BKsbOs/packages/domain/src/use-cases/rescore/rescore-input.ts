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
import * as E from 'fp-ts/lib/Either.js';
import { DIMENSION_KEYS, type DimensionKey } from '../../model/dimension.js';
import { ProfessionId, type SessionId } from '../../model/ids.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { DimensionRawScores, IkigaiScoringInput, RawRelevance } from '../../scoring/scoring-input.js';

/** A stored document this service did not write the way it reads it back; named by its JSON path. */
export interface StoredScoresCorrupt {
  readonly _tag: 'StoredScoresCorrupt';
  readonly session: SessionId;
  readonly path: string;
}

/** Fresh relevance answers of a reask, per dimension; a dimension without one keeps its stored r_raw. */
export type FreshRelevance = Partial<Record<DimensionKey, readonly RawRelevance[]>>;
const isRecord = stryMutAct_9fa48("1950") ? () => undefined : (stryCov_9fa48("1950"), (() => {
  const isRecord = (u: unknown): u is Record<string, unknown> => stryMutAct_9fa48("1953") ? typeof u === 'object' || u !== null : stryMutAct_9fa48("1952") ? false : stryMutAct_9fa48("1951") ? true : (stryCov_9fa48("1951", "1952", "1953"), (stryMutAct_9fa48("1955") ? typeof u !== 'object' : stryMutAct_9fa48("1954") ? true : (stryCov_9fa48("1954", "1955"), typeof u === (stryMutAct_9fa48("1956") ? "" : (stryCov_9fa48("1956"), 'object')))) && (stryMutAct_9fa48("1958") ? u === null : stryMutAct_9fa48("1957") ? true : (stryCov_9fa48("1957", "1958"), u !== null)));
  return isRecord;
})());

/** The stored r_raw of one dimension, exactly as the pipeline stored them (clamped, 4 dp, AI order). */
const storedRaw = (snapshot: ScoredSnapshot, key: DimensionKey): E.Either<StoredScoresCorrupt, readonly RawRelevance[]> => {
  if (stryMutAct_9fa48("1959")) {
    {}
  } else {
    stryCov_9fa48("1959");
    const entries: unknown = (snapshot.scores.dimensionScores.dimension_scores as Record<string, unknown>)[key];
    const corrupt = stryMutAct_9fa48("1960") ? () => undefined : (stryCov_9fa48("1960"), (() => {
      const corrupt = (path: string) => E.left<StoredScoresCorrupt>(stryMutAct_9fa48("1961") ? {} : (stryCov_9fa48("1961"), {
        _tag: stryMutAct_9fa48("1962") ? "" : (stryCov_9fa48("1962"), 'StoredScoresCorrupt'),
        session: snapshot.id,
        path
      }));
      return corrupt;
    })());
    if (stryMutAct_9fa48("1965") ? false : stryMutAct_9fa48("1964") ? true : stryMutAct_9fa48("1963") ? Array.isArray(entries) : (stryCov_9fa48("1963", "1964", "1965"), !Array.isArray(entries))) return corrupt(stryMutAct_9fa48("1966") ? `` : (stryCov_9fa48("1966"), `dimension_scores.${key}`));
    const raw = stryMutAct_9fa48("1967") ? new Array() : (stryCov_9fa48("1967"), new Array<RawRelevance>(entries.length));
    for (let i = 0; stryMutAct_9fa48("1970") ? i >= entries.length : stryMutAct_9fa48("1969") ? i <= entries.length : stryMutAct_9fa48("1968") ? false : (stryCov_9fa48("1968", "1969", "1970"), i < entries.length); stryMutAct_9fa48("1971") ? i-- : (stryCov_9fa48("1971"), i++)) {
      if (stryMutAct_9fa48("1972")) {
        {}
      } else {
        stryCov_9fa48("1972");
        const entry: unknown = entries[i];
        if (stryMutAct_9fa48("1975") ? (!isRecord(entry) || typeof entry.profession_id !== 'number') && typeof entry.r_raw !== 'number' : stryMutAct_9fa48("1974") ? false : stryMutAct_9fa48("1973") ? true : (stryCov_9fa48("1973", "1974", "1975"), (stryMutAct_9fa48("1977") ? !isRecord(entry) && typeof entry.profession_id !== 'number' : stryMutAct_9fa48("1976") ? false : (stryCov_9fa48("1976", "1977"), (stryMutAct_9fa48("1978") ? isRecord(entry) : (stryCov_9fa48("1978"), !isRecord(entry))) || (stryMutAct_9fa48("1980") ? typeof entry.profession_id === 'number' : stryMutAct_9fa48("1979") ? false : (stryCov_9fa48("1979", "1980"), typeof entry.profession_id !== (stryMutAct_9fa48("1981") ? "" : (stryCov_9fa48("1981"), 'number')))))) || (stryMutAct_9fa48("1983") ? typeof entry.r_raw === 'number' : stryMutAct_9fa48("1982") ? false : (stryCov_9fa48("1982", "1983"), typeof entry.r_raw !== (stryMutAct_9fa48("1984") ? "" : (stryCov_9fa48("1984"), 'number')))))) {
          if (stryMutAct_9fa48("1985")) {
            {}
          } else {
            stryCov_9fa48("1985");
            return corrupt(stryMutAct_9fa48("1986") ? `` : (stryCov_9fa48("1986"), `dimension_scores.${key}[${i}]`));
          }
        }
        raw[i] = stryMutAct_9fa48("1987") ? {} : (stryCov_9fa48("1987"), {
          profession_id: ProfessionId(entry.profession_id),
          r_raw: entry.r_raw
        });
      }
    }
    return E.right(raw);
  }
};

/**
 * The pipeline input that reproduces a session's stored scores: its candidates in stored order, the stored
 * names, the clicks, and per dimension the fresh answer, else the stored r_raw. A dimension listed in
 * `failed_dimensions` stays failed (r_raw null, 0.5 for everyone) unless it got a fresh answer.
 */
export const scoringInputOf = (snapshot: ScoredSnapshot, fresh: FreshRelevance): E.Either<StoredScoresCorrupt, IkigaiScoringInput> => {
  if (stryMutAct_9fa48("1988")) {
    {}
  } else {
    stryCov_9fa48("1988");
    const failed = new Set<string>(stryMutAct_9fa48("1989") ? snapshot.scores.dimensionScores.metadata.failed_dimensions && [] : (stryCov_9fa48("1989"), snapshot.scores.dimensionScores.metadata.failed_dimensions ?? (stryMutAct_9fa48("1990") ? ["Stryker was here"] : (stryCov_9fa48("1990"), []))));
    const nameOf = new Map<number, string>();
    for (const entry of stryMutAct_9fa48("1991") ? snapshot.scores.totalScores.profession_scores && [] : (stryCov_9fa48("1991"), snapshot.scores.totalScores.profession_scores ?? (stryMutAct_9fa48("1992") ? ["Stryker was here"] : (stryCov_9fa48("1992"), [])))) {
      if (stryMutAct_9fa48("1993")) {
        {}
      } else {
        stryCov_9fa48("1993");
        nameOf.set(Number(entry.profession_id), entry.profession_name);
      }
    }
    const dimensions = {} as Record<DimensionKey, DimensionRawScores>;
    for (const key of DIMENSION_KEYS) {
      if (stryMutAct_9fa48("1994")) {
        {}
      } else {
        stryCov_9fa48("1994");
        const answer = fresh[key];
        let r_raw: readonly RawRelevance[] | null;
        if (stryMutAct_9fa48("1997") ? answer === undefined : stryMutAct_9fa48("1996") ? false : stryMutAct_9fa48("1995") ? true : (stryCov_9fa48("1995", "1996", "1997"), answer !== undefined)) r_raw = answer;else if (stryMutAct_9fa48("1999") ? false : stryMutAct_9fa48("1998") ? true : (stryCov_9fa48("1998", "1999"), failed.has(key))) r_raw = null;else {
          if (stryMutAct_9fa48("2000")) {
            {}
          } else {
            stryCov_9fa48("2000");
            const stored = storedRaw(snapshot, key);
            if (stryMutAct_9fa48("2002") ? false : stryMutAct_9fa48("2001") ? true : (stryCov_9fa48("2001", "2002"), E.isLeft(stored))) return stored;
            r_raw = stored.right;
          }
        }
        dimensions[key] = stryMutAct_9fa48("2003") ? {} : (stryCov_9fa48("2003"), {
          selected_profession_id: snapshot.selected[key],
          r_raw
        });
      }
    }
    return E.right(stryMutAct_9fa48("2004") ? {} : (stryCov_9fa48("2004"), {
      candidates: snapshot.candidates.map(stryMutAct_9fa48("2005") ? () => undefined : (stryCov_9fa48("2005"), c => stryMutAct_9fa48("2006") ? {} : (stryCov_9fa48("2006"), {
        ...c,
        profession_name: stryMutAct_9fa48("2007") ? nameOf.get(Number(c.profession_id)) && null : (stryCov_9fa48("2007"), nameOf.get(Number(c.profession_id)) ?? null)
      }))),
      dimensions
    }));
  }
};