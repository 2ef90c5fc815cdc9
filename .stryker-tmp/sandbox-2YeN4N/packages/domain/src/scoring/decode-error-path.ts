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
import type * as t from 'io-ts';

/**
 * io-ts contexts also contain the member index of every union / intersection they pass through; those are
 * not fields of the document, so they are left out of the path. Array indices are shown as `[i]`.
 */
const TRANSPARENT = new Set(stryMutAct_9fa48("966") ? [] : (stryCov_9fa48("966"), [stryMutAct_9fa48("967") ? "" : (stryCov_9fa48("967"), 'UnionType'), stryMutAct_9fa48("968") ? "" : (stryCov_9fa48("968"), 'IntersectionType')]));
const preview = (value: unknown): string => {
  if (stryMutAct_9fa48("969")) {
    {}
  } else {
    stryCov_9fa48("969");
    const text = stryMutAct_9fa48("970") ? JSON.stringify(value) && String(value) : (stryCov_9fa48("970"), JSON.stringify(value) ?? String(value));
    return (stryMutAct_9fa48("974") ? text.length <= 40 : stryMutAct_9fa48("973") ? text.length >= 40 : stryMutAct_9fa48("972") ? false : stryMutAct_9fa48("971") ? true : (stryCov_9fa48("971", "972", "973", "974"), text.length > 40)) ? stryMutAct_9fa48("975") ? `` : (stryCov_9fa48("975"), `${stryMutAct_9fa48("976") ? text : (stryCov_9fa48("976"), text.slice(0, 37))}...`) : text;
  }
};
export interface DecodeProblem {
  readonly path: string;
  readonly message: string;
}
const describe = (error: t.ValidationError): DecodeProblem => {
  if (stryMutAct_9fa48("977")) {
    {}
  } else {
    stryCov_9fa48("977");
    let path = stryMutAct_9fa48("978") ? "Stryker was here!" : (stryCov_9fa48("978"), '');
    let expected = stryMutAct_9fa48("979") ? error.context[0]?.type.name && 'a value' : (stryCov_9fa48("979"), (stryMutAct_9fa48("980") ? error.context[0].type.name : (stryCov_9fa48("980"), error.context[0]?.type.name)) ?? (stryMutAct_9fa48("981") ? "" : (stryCov_9fa48("981"), 'a value')));
    for (let i = 1; stryMutAct_9fa48("984") ? i >= error.context.length : stryMutAct_9fa48("983") ? i <= error.context.length : stryMutAct_9fa48("982") ? false : (stryCov_9fa48("982", "983", "984"), i < error.context.length); stryMutAct_9fa48("985") ? i-- : (stryCov_9fa48("985"), i++)) {
      if (stryMutAct_9fa48("986")) {
        {}
      } else {
        stryCov_9fa48("986");
        const parent = error.context[i - 1].type as {
          readonly _tag?: string;
        };
        if (stryMutAct_9fa48("989") ? parent._tag !== undefined || TRANSPARENT.has(parent._tag) : stryMutAct_9fa48("988") ? false : stryMutAct_9fa48("987") ? true : (stryCov_9fa48("987", "988", "989"), (stryMutAct_9fa48("991") ? parent._tag === undefined : stryMutAct_9fa48("990") ? true : (stryCov_9fa48("990", "991"), parent._tag !== undefined)) && TRANSPARENT.has(parent._tag))) continue;
        const entry = error.context[i];
        stryMutAct_9fa48("992") ? path -= parent._tag === 'ArrayType' ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}` : (stryCov_9fa48("992"), path += (stryMutAct_9fa48("995") ? parent._tag !== 'ArrayType' : stryMutAct_9fa48("994") ? false : stryMutAct_9fa48("993") ? true : (stryCov_9fa48("993", "994", "995"), parent._tag === (stryMutAct_9fa48("996") ? "" : (stryCov_9fa48("996"), 'ArrayType')))) ? stryMutAct_9fa48("997") ? `` : (stryCov_9fa48("997"), `[${entry.key}]`) : (stryMutAct_9fa48("1000") ? path !== '' : stryMutAct_9fa48("999") ? false : stryMutAct_9fa48("998") ? true : (stryCov_9fa48("998", "999", "1000"), path === (stryMutAct_9fa48("1001") ? "Stryker was here!" : (stryCov_9fa48("1001"), '')))) ? entry.key : stryMutAct_9fa48("1002") ? `` : (stryCov_9fa48("1002"), `.${entry.key}`));
        expected = entry.type.name;
      }
    }
    const message = (stryMutAct_9fa48("1005") ? error.value !== undefined : stryMutAct_9fa48("1004") ? false : stryMutAct_9fa48("1003") ? true : (stryCov_9fa48("1003", "1004", "1005"), error.value === undefined)) ? stryMutAct_9fa48("1006") ? `` : (stryCov_9fa48("1006"), `is required (${expected})`) : stryMutAct_9fa48("1007") ? `` : (stryCov_9fa48("1007"), `expected ${expected}, got ${preview(error.value)}`);
    return stryMutAct_9fa48("1008") ? {} : (stryCov_9fa48("1008"), {
      path,
      message
    });
  }
};

/** The first io-ts error as a field path and a one-line message (empty path = the whole document). */
export const firstDecodeError = stryMutAct_9fa48("1009") ? () => undefined : (stryCov_9fa48("1009"), (() => {
  const firstDecodeError = (errors: t.Errors): DecodeProblem => (stryMutAct_9fa48("1013") ? errors.length <= 0 : stryMutAct_9fa48("1012") ? errors.length >= 0 : stryMutAct_9fa48("1011") ? false : stryMutAct_9fa48("1010") ? true : (stryCov_9fa48("1010", "1011", "1012", "1013"), errors.length > 0)) ? describe(errors[0]) : stryMutAct_9fa48("1014") ? {} : (stryCov_9fa48("1014"), {
    path: stryMutAct_9fa48("1015") ? "Stryker was here!" : (stryCov_9fa48("1015"), ''),
    message: stryMutAct_9fa48("1016") ? "" : (stryCov_9fa48("1016"), 'invalid document')
  });
  return firstDecodeError;
})());