/** The four Ikigai dimensions in their fixed, canonical order (upstream §4). */
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
export const DIMENSION_KEYS = ['what_you_love', 'what_you_are_good_at', 'what_the_world_needs', 'what_you_can_be_paid_for'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];
export const isDimensionKey = stryMutAct_9fa48("264") ? () => undefined : (stryCov_9fa48("264"), (() => {
  const isDimensionKey = (value: string): value is DimensionKey => (DIMENSION_KEYS as readonly string[]).includes(value);
  return isDimensionKey;
})());

/** Intrinsic = love + good at; extrinsic = world needs + paid for. */
export const INTRINSIC_DIMENSIONS: readonly DimensionKey[] = stryMutAct_9fa48("265") ? [] : (stryCov_9fa48("265"), [stryMutAct_9fa48("266") ? "" : (stryCov_9fa48("266"), 'what_you_love'), stryMutAct_9fa48("267") ? "" : (stryCov_9fa48("267"), 'what_you_are_good_at')]);
export const EXTRINSIC_DIMENSIONS: readonly DimensionKey[] = stryMutAct_9fa48("268") ? [] : (stryCov_9fa48("268"), [stryMutAct_9fa48("269") ? "" : (stryCov_9fa48("269"), 'what_the_world_needs'), stryMutAct_9fa48("270") ? "" : (stryCov_9fa48("270"), 'what_you_can_be_paid_for')]);

/** Physical columns of `ikigai_responses`, named as the live Go-created database (decisions §3). */
export const DIMENSION_COLUMNS: Readonly<Record<DimensionKey, string>> = stryMutAct_9fa48("271") ? {} : (stryCov_9fa48("271"), {
  what_you_love: stryMutAct_9fa48("272") ? "" : (stryCov_9fa48("272"), 'dimension1_love'),
  what_you_are_good_at: stryMutAct_9fa48("273") ? "" : (stryCov_9fa48("273"), 'dimension2_good_at'),
  what_the_world_needs: stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), 'dimension3_world_needs'),
  what_you_can_be_paid_for: stryMutAct_9fa48("275") ? "" : (stryCov_9fa48("275"), 'dimension4_paid_for')
});
export const SELECTION_TYPES = ['selected', 'not_selected'] as const;
export type SelectionType = (typeof SELECTION_TYPES)[number];

/** One stored answer, exactly the JSON kept in the dimension column. */
export interface DimensionAnswer {
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  readonly reasoning_text: string;
  readonly answered_at: string;
}
export type DimensionAnswers = Readonly<Partial<Record<DimensionKey, DimensionAnswer>>>;
export const answeredDimensions = stryMutAct_9fa48("276") ? () => undefined : (stryCov_9fa48("276"), (() => {
  const answeredDimensions = (answers: DimensionAnswers): DimensionKey[] => stryMutAct_9fa48("277") ? DIMENSION_KEYS : (stryCov_9fa48("277"), DIMENSION_KEYS.filter(stryMutAct_9fa48("278") ? () => undefined : (stryCov_9fa48("278"), key => stryMutAct_9fa48("281") ? answers[key] === undefined : stryMutAct_9fa48("280") ? false : stryMutAct_9fa48("279") ? true : (stryCov_9fa48("279", "280", "281"), answers[key] !== undefined))));
  return answeredDimensions;
})());
export const remainingDimensions = stryMutAct_9fa48("282") ? () => undefined : (stryCov_9fa48("282"), (() => {
  const remainingDimensions = (answers: DimensionAnswers): DimensionKey[] => stryMutAct_9fa48("283") ? DIMENSION_KEYS : (stryCov_9fa48("283"), DIMENSION_KEYS.filter(stryMutAct_9fa48("284") ? () => undefined : (stryCov_9fa48("284"), key => stryMutAct_9fa48("287") ? answers[key] !== undefined : stryMutAct_9fa48("286") ? false : stryMutAct_9fa48("285") ? true : (stryCov_9fa48("285", "286", "287"), answers[key] === undefined))));
  return remainingDimensions;
})());