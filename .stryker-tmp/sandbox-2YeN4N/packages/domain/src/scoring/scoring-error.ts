/**
 * Why the Ikigai pipeline refused an input (ADR 0002). Every variant names the offending field as a path
 * such as `dimensions.what_you_love.r_raw[2].profession_id`, so a CLI or a log line can point at it.
 * Kept next to the pipeline because the scoring folder owns its inputs; `errors/` re-exports are optional.
 */
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
export type ScoringError = {
  readonly _tag: 'ScoringInputInvalid';
  readonly path: string;
  readonly message: string;
} | {
  readonly _tag: 'NoCandidates';
  readonly path: string;
} | {
  readonly _tag: 'DuplicateProfession';
  readonly path: string;
  readonly profession_id: number;
} | {
  readonly _tag: 'UnknownProfession';
  readonly path: string;
  readonly profession_id: number;
};
export const scoringInputInvalid = stryMutAct_9fa48("1219") ? () => undefined : (stryCov_9fa48("1219"), (() => {
  const scoringInputInvalid = (path: string, message: string): ScoringError => stryMutAct_9fa48("1220") ? {} : (stryCov_9fa48("1220"), {
    _tag: stryMutAct_9fa48("1221") ? "" : (stryCov_9fa48("1221"), 'ScoringInputInvalid'),
    path,
    message
  });
  return scoringInputInvalid;
})());

/** One human-readable line: `<path>: <what is wrong>`; the root document is shown as `(document)`. */
export const describeScoringError = (error: ScoringError): string => {
  if (stryMutAct_9fa48("1222")) {
    {}
  } else {
    stryCov_9fa48("1222");
    const where = (stryMutAct_9fa48("1225") ? error.path !== '' : stryMutAct_9fa48("1224") ? false : stryMutAct_9fa48("1223") ? true : (stryCov_9fa48("1223", "1224", "1225"), error.path === (stryMutAct_9fa48("1226") ? "Stryker was here!" : (stryCov_9fa48("1226"), '')))) ? stryMutAct_9fa48("1227") ? "" : (stryCov_9fa48("1227"), '(document)') : error.path;
    switch (error._tag) {
      case stryMutAct_9fa48("1229") ? "" : (stryCov_9fa48("1229"), 'ScoringInputInvalid'):
        if (stryMutAct_9fa48("1228")) {} else {
          stryCov_9fa48("1228");
          return stryMutAct_9fa48("1230") ? `` : (stryCov_9fa48("1230"), `${where}: ${error.message}`);
        }
      case stryMutAct_9fa48("1232") ? "" : (stryCov_9fa48("1232"), 'NoCandidates'):
        if (stryMutAct_9fa48("1231")) {} else {
          stryCov_9fa48("1231");
          return stryMutAct_9fa48("1233") ? `` : (stryCov_9fa48("1233"), `${where}: at least one candidate is required`);
        }
      case stryMutAct_9fa48("1235") ? "" : (stryCov_9fa48("1235"), 'DuplicateProfession'):
        if (stryMutAct_9fa48("1234")) {} else {
          stryCov_9fa48("1234");
          return stryMutAct_9fa48("1236") ? `` : (stryCov_9fa48("1236"), `${where}: profession ${error.profession_id} appears more than once`);
        }
      case stryMutAct_9fa48("1238") ? "" : (stryCov_9fa48("1238"), 'UnknownProfession'):
        if (stryMutAct_9fa48("1237")) {} else {
          stryCov_9fa48("1237");
          return stryMutAct_9fa48("1239") ? `` : (stryCov_9fa48("1239"), `${where}: profession ${error.profession_id} is not among the candidates`);
        }
      default:
        if (stryMutAct_9fa48("1240")) {} else {
          stryCov_9fa48("1240");
          {
            if (stryMutAct_9fa48("1241")) {
              {}
            } else {
              stryCov_9fa48("1241");
              const unreachable: never = error;
              return unreachable;
            }
          }
        }
    }
  }
};