/**
 * Structural equality of JSON values. Key order is ignored on purpose: a document read back from JSONB has
 * its keys reordered by PostgreSQL, so a byte comparison would report every stored document as changed.
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
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (stryMutAct_9fa48("1767")) {
    {}
  } else {
    stryCov_9fa48("1767");
    if (stryMutAct_9fa48("1770") ? a !== b : stryMutAct_9fa48("1769") ? false : stryMutAct_9fa48("1768") ? true : (stryCov_9fa48("1768", "1769", "1770"), a === b)) return stryMutAct_9fa48("1771") ? false : (stryCov_9fa48("1771"), true);
    if (stryMutAct_9fa48("1774") ? (typeof a !== 'object' || typeof b !== 'object' || a === null) && b === null : stryMutAct_9fa48("1773") ? false : stryMutAct_9fa48("1772") ? true : (stryCov_9fa48("1772", "1773", "1774"), (stryMutAct_9fa48("1776") ? (typeof a !== 'object' || typeof b !== 'object') && a === null : stryMutAct_9fa48("1775") ? false : (stryCov_9fa48("1775", "1776"), (stryMutAct_9fa48("1778") ? typeof a !== 'object' && typeof b !== 'object' : stryMutAct_9fa48("1777") ? false : (stryCov_9fa48("1777", "1778"), (stryMutAct_9fa48("1780") ? typeof a === 'object' : stryMutAct_9fa48("1779") ? false : (stryCov_9fa48("1779", "1780"), typeof a !== (stryMutAct_9fa48("1781") ? "" : (stryCov_9fa48("1781"), 'object')))) || (stryMutAct_9fa48("1783") ? typeof b === 'object' : stryMutAct_9fa48("1782") ? false : (stryCov_9fa48("1782", "1783"), typeof b !== (stryMutAct_9fa48("1784") ? "" : (stryCov_9fa48("1784"), 'object')))))) || (stryMutAct_9fa48("1786") ? a !== null : stryMutAct_9fa48("1785") ? false : (stryCov_9fa48("1785", "1786"), a === null)))) || (stryMutAct_9fa48("1788") ? b !== null : stryMutAct_9fa48("1787") ? false : (stryCov_9fa48("1787", "1788"), b === null)))) return stryMutAct_9fa48("1789") ? true : (stryCov_9fa48("1789"), false);
    if (stryMutAct_9fa48("1791") ? false : stryMutAct_9fa48("1790") ? true : (stryCov_9fa48("1790", "1791"), Array.isArray(a))) {
      if (stryMutAct_9fa48("1792")) {
        {}
      } else {
        stryCov_9fa48("1792");
        if (stryMutAct_9fa48("1795") ? !Array.isArray(b) && a.length !== b.length : stryMutAct_9fa48("1794") ? false : stryMutAct_9fa48("1793") ? true : (stryCov_9fa48("1793", "1794", "1795"), (stryMutAct_9fa48("1796") ? Array.isArray(b) : (stryCov_9fa48("1796"), !Array.isArray(b))) || (stryMutAct_9fa48("1798") ? a.length === b.length : stryMutAct_9fa48("1797") ? false : (stryCov_9fa48("1797", "1798"), a.length !== b.length)))) return stryMutAct_9fa48("1799") ? true : (stryCov_9fa48("1799"), false);
        for (let i = 0; stryMutAct_9fa48("1802") ? i >= a.length : stryMutAct_9fa48("1801") ? i <= a.length : stryMutAct_9fa48("1800") ? false : (stryCov_9fa48("1800", "1801", "1802"), i < a.length); stryMutAct_9fa48("1803") ? i-- : (stryCov_9fa48("1803"), i++)) if (stryMutAct_9fa48("1806") ? false : stryMutAct_9fa48("1805") ? true : stryMutAct_9fa48("1804") ? jsonEqual(a[i], b[i]) : (stryCov_9fa48("1804", "1805", "1806"), !jsonEqual(a[i], b[i]))) return stryMutAct_9fa48("1807") ? true : (stryCov_9fa48("1807"), false);
        return stryMutAct_9fa48("1808") ? false : (stryCov_9fa48("1808"), true);
      }
    }
    if (stryMutAct_9fa48("1810") ? false : stryMutAct_9fa48("1809") ? true : (stryCov_9fa48("1809", "1810"), Array.isArray(b))) return stryMutAct_9fa48("1811") ? true : (stryCov_9fa48("1811"), false);
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    let count = 0;
    for (const key in left) {
      if (stryMutAct_9fa48("1812")) {
        {}
      } else {
        stryCov_9fa48("1812");
        if (stryMutAct_9fa48("1815") ? false : stryMutAct_9fa48("1814") ? true : stryMutAct_9fa48("1813") ? Object.hasOwn(left, key) : (stryCov_9fa48("1813", "1814", "1815"), !Object.hasOwn(left, key))) continue;
        // An absent key and an `undefined` one serialise alike; JSON has no undefined.
        if (stryMutAct_9fa48("1818") ? left[key] !== undefined : stryMutAct_9fa48("1817") ? false : stryMutAct_9fa48("1816") ? true : (stryCov_9fa48("1816", "1817", "1818"), left[key] === undefined)) continue;
        stryMutAct_9fa48("1819") ? count-- : (stryCov_9fa48("1819"), count++);
        if (stryMutAct_9fa48("1822") ? !Object.hasOwn(right, key) && !jsonEqual(left[key], right[key]) : stryMutAct_9fa48("1821") ? false : stryMutAct_9fa48("1820") ? true : (stryCov_9fa48("1820", "1821", "1822"), (stryMutAct_9fa48("1823") ? Object.hasOwn(right, key) : (stryCov_9fa48("1823"), !Object.hasOwn(right, key))) || (stryMutAct_9fa48("1824") ? jsonEqual(left[key], right[key]) : (stryCov_9fa48("1824"), !jsonEqual(left[key], right[key]))))) return stryMutAct_9fa48("1825") ? true : (stryCov_9fa48("1825"), false);
      }
    }
    for (const key in right) if (stryMutAct_9fa48("1828") ? Object.hasOwn(right, key) || right[key] !== undefined : stryMutAct_9fa48("1827") ? false : stryMutAct_9fa48("1826") ? true : (stryCov_9fa48("1826", "1827", "1828"), Object.hasOwn(right, key) && (stryMutAct_9fa48("1830") ? right[key] === undefined : stryMutAct_9fa48("1829") ? true : (stryCov_9fa48("1829", "1830"), right[key] !== undefined)))) stryMutAct_9fa48("1831") ? count++ : (stryCov_9fa48("1831"), count--);
    return stryMutAct_9fa48("1834") ? count !== 0 : stryMutAct_9fa48("1833") ? false : stryMutAct_9fa48("1832") ? true : (stryCov_9fa48("1832", "1833", "1834"), count === 0);
  }
};