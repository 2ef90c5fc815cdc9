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
import { DIMENSION_KEYS } from '../model/dimension.js';
import type { ScoringError } from './scoring-error.js';
import { scoringInputInvalid } from './scoring-error.js';
import type { IkigaiScoringInput } from './scoring-input.js';

/** Candidate profession id → its position in the candidate list (the final tie-break order). */
export type CandidatePositions = ReadonlyMap<number, number>;
const entryPath = stryMutAct_9fa48("1340") ? () => undefined : (stryCov_9fa48("1340"), (() => {
  const entryPath = (key: string, index: number, field: string): string => stryMutAct_9fa48("1341") ? `` : (stryCov_9fa48("1341"), `dimensions.${key}.r_raw[${index}].${field}`);
  return entryPath;
})());

/**
 * Checks what the types cannot say: at least one candidate, unique candidate ids, finite numbers, and relevance
 * answers that name each candidate at most once and nothing else. Upstream's AI client silently dropped such
 * entries; here the adapter must do that (decisions §5), so reaching the pipeline with them is a bug upstream
 * of us and is reported instead of being guessed around.
 */
export const validateScoringInput = (input: IkigaiScoringInput): E.Either<ScoringError, CandidatePositions> => {
  if (stryMutAct_9fa48("1342")) {
    {}
  } else {
    stryCov_9fa48("1342");
    const {
      candidates
    } = input;
    if (stryMutAct_9fa48("1345") ? candidates.length !== 0 : stryMutAct_9fa48("1344") ? false : stryMutAct_9fa48("1343") ? true : (stryCov_9fa48("1343", "1344", "1345"), candidates.length === 0)) return E.left(stryMutAct_9fa48("1346") ? {} : (stryCov_9fa48("1346"), {
      _tag: stryMutAct_9fa48("1347") ? "" : (stryCov_9fa48("1347"), 'NoCandidates'),
      path: stryMutAct_9fa48("1348") ? "" : (stryCov_9fa48("1348"), 'candidates')
    }));
    const positions = new Map<number, number>();
    for (let i = 0; stryMutAct_9fa48("1351") ? i >= candidates.length : stryMutAct_9fa48("1350") ? i <= candidates.length : stryMutAct_9fa48("1349") ? false : (stryCov_9fa48("1349", "1350", "1351"), i < candidates.length); stryMutAct_9fa48("1352") ? i-- : (stryCov_9fa48("1352"), i++)) {
      if (stryMutAct_9fa48("1353")) {
        {}
      } else {
        stryCov_9fa48("1353");
        const {
          profession_id,
          congruence_score
        } = candidates[i];
        if (stryMutAct_9fa48("1356") ? congruence_score !== undefined && congruence_score !== null || !Number.isFinite(congruence_score) : stryMutAct_9fa48("1355") ? false : stryMutAct_9fa48("1354") ? true : (stryCov_9fa48("1354", "1355", "1356"), (stryMutAct_9fa48("1358") ? congruence_score !== undefined || congruence_score !== null : stryMutAct_9fa48("1357") ? true : (stryCov_9fa48("1357", "1358"), (stryMutAct_9fa48("1360") ? congruence_score === undefined : stryMutAct_9fa48("1359") ? true : (stryCov_9fa48("1359", "1360"), congruence_score !== undefined)) && (stryMutAct_9fa48("1362") ? congruence_score === null : stryMutAct_9fa48("1361") ? true : (stryCov_9fa48("1361", "1362"), congruence_score !== null)))) && (stryMutAct_9fa48("1363") ? Number.isFinite(congruence_score) : (stryCov_9fa48("1363"), !Number.isFinite(congruence_score))))) {
          if (stryMutAct_9fa48("1364")) {
            {}
          } else {
            stryCov_9fa48("1364");
            return E.left(scoringInputInvalid(stryMutAct_9fa48("1365") ? `` : (stryCov_9fa48("1365"), `candidates[${i}].congruence_score`), stryMutAct_9fa48("1366") ? "" : (stryCov_9fa48("1366"), 'expected a finite number')));
          }
        }
        if (stryMutAct_9fa48("1368") ? false : stryMutAct_9fa48("1367") ? true : (stryCov_9fa48("1367", "1368"), positions.has(profession_id))) {
          if (stryMutAct_9fa48("1369")) {
            {}
          } else {
            stryCov_9fa48("1369");
            return E.left(stryMutAct_9fa48("1370") ? {} : (stryCov_9fa48("1370"), {
              _tag: stryMutAct_9fa48("1371") ? "" : (stryCov_9fa48("1371"), 'DuplicateProfession'),
              path: stryMutAct_9fa48("1372") ? `` : (stryCov_9fa48("1372"), `candidates[${i}].profession_id`),
              profession_id
            }));
          }
        }
        positions.set(profession_id, i);
      }
    }
    // Duplicate detection without a Set per dimension: remember in which dimension a position was last seen.
    const seenIn = (stryMutAct_9fa48("1373") ? new Array() : (stryCov_9fa48("1373"), new Array<number>(candidates.length))).fill(stryMutAct_9fa48("1374") ? +1 : (stryCov_9fa48("1374"), -1));
    for (let d = 0; stryMutAct_9fa48("1377") ? d >= DIMENSION_KEYS.length : stryMutAct_9fa48("1376") ? d <= DIMENSION_KEYS.length : stryMutAct_9fa48("1375") ? false : (stryCov_9fa48("1375", "1376", "1377"), d < DIMENSION_KEYS.length); stryMutAct_9fa48("1378") ? d-- : (stryCov_9fa48("1378"), d++)) {
      if (stryMutAct_9fa48("1379")) {
        {}
      } else {
        stryCov_9fa48("1379");
        const key = DIMENSION_KEYS[d];
        const answer = input.dimensions[key].r_raw;
        if (stryMutAct_9fa48("1382") ? answer !== null : stryMutAct_9fa48("1381") ? false : stryMutAct_9fa48("1380") ? true : (stryCov_9fa48("1380", "1381", "1382"), answer === null)) continue;
        for (let i = 0; stryMutAct_9fa48("1385") ? i >= answer.length : stryMutAct_9fa48("1384") ? i <= answer.length : stryMutAct_9fa48("1383") ? false : (stryCov_9fa48("1383", "1384", "1385"), i < answer.length); stryMutAct_9fa48("1386") ? i-- : (stryCov_9fa48("1386"), i++)) {
          if (stryMutAct_9fa48("1387")) {
            {}
          } else {
            stryCov_9fa48("1387");
            const {
              profession_id,
              r_raw
            } = answer[i];
            const position = positions.get(profession_id);
            if (stryMutAct_9fa48("1390") ? position !== undefined : stryMutAct_9fa48("1389") ? false : stryMutAct_9fa48("1388") ? true : (stryCov_9fa48("1388", "1389", "1390"), position === undefined)) {
              if (stryMutAct_9fa48("1391")) {
                {}
              } else {
                stryCov_9fa48("1391");
                return E.left(stryMutAct_9fa48("1392") ? {} : (stryCov_9fa48("1392"), {
                  _tag: stryMutAct_9fa48("1393") ? "" : (stryCov_9fa48("1393"), 'UnknownProfession'),
                  path: entryPath(key, i, stryMutAct_9fa48("1394") ? "" : (stryCov_9fa48("1394"), 'profession_id')),
                  profession_id
                }));
              }
            }
            if (stryMutAct_9fa48("1397") ? seenIn[position] !== d : stryMutAct_9fa48("1396") ? false : stryMutAct_9fa48("1395") ? true : (stryCov_9fa48("1395", "1396", "1397"), seenIn[position] === d)) {
              if (stryMutAct_9fa48("1398")) {
                {}
              } else {
                stryCov_9fa48("1398");
                return E.left(stryMutAct_9fa48("1399") ? {} : (stryCov_9fa48("1399"), {
                  _tag: stryMutAct_9fa48("1400") ? "" : (stryCov_9fa48("1400"), 'DuplicateProfession'),
                  path: entryPath(key, i, stryMutAct_9fa48("1401") ? "" : (stryCov_9fa48("1401"), 'profession_id')),
                  profession_id
                }));
              }
            }
            if (stryMutAct_9fa48("1404") ? false : stryMutAct_9fa48("1403") ? true : stryMutAct_9fa48("1402") ? Number.isFinite(r_raw) : (stryCov_9fa48("1402", "1403", "1404"), !Number.isFinite(r_raw))) return E.left(scoringInputInvalid(entryPath(key, i, stryMutAct_9fa48("1405") ? "" : (stryCov_9fa48("1405"), 'r_raw')), stryMutAct_9fa48("1406") ? "" : (stryCov_9fa48("1406"), 'expected a finite number')));
            seenIn[position] = d;
          }
        }
      }
    }
    return E.right(positions);
  }
};