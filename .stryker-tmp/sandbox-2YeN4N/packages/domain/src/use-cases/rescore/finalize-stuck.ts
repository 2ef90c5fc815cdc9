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
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { SelectedSession } from '../../ports/rescore-selection.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { FinalizeIkigai } from '../ikigai/finalize-ikigai.js';
import type { RescoreError, RescoreOutcome, RescoreRequest } from './rescore-types.js';

/** The outcome for a session that is gone, or no longer in the state it was selected in. */
export const vanished = stryMutAct_9fa48("1748") ? () => undefined : (stryCov_9fa48("1748"), (() => {
  const vanished = (s: {
    readonly id: SelectedSession['id'];
    readonly token: SelectedSession['token'];
  }) => ({
    _tag: 'Vanished',
    session: {
      id: s.id,
      token: s.token
    }
  }) as const;
  return vanished;
})());

/**
 * Finishes a stuck session (four answers, no scores) exactly as the service does: FinalizeIkigai scores it
 * once under its row lock. One that completed meanwhile is reported as vanished, not finalized twice.
 */
export const finalizeStuck = (repos: Repositories, finalize: FinalizeIkigai, selected: SelectedSession, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> => {
  if (stryMutAct_9fa48("1749")) {
    {}
  } else {
    stryCov_9fa48("1749");
    const session = stryMutAct_9fa48("1750") ? {} : (stryCov_9fa48("1750"), {
      id: selected.id,
      token: selected.token
    });
    if (stryMutAct_9fa48("1752") ? false : stryMutAct_9fa48("1751") ? true : (stryCov_9fa48("1751", "1752"), request.dryRun)) return TE.right(stryMutAct_9fa48("1753") ? {} : (stryCov_9fa48("1753"), {
      _tag: stryMutAct_9fa48("1754") ? "" : (stryCov_9fa48("1754"), 'Finalized'),
      session,
      top2: null,
      written: stryMutAct_9fa48("1755") ? true : (stryCov_9fa48("1755"), false)
    }));
    return pipe(repos.sessions.findOwned(selected.userId, selected.token), TE.chainW(O.match(stryMutAct_9fa48("1756") ? () => undefined : (stryCov_9fa48("1756"), () => TE.right<RescoreError, RescoreOutcome>(vanished(selected))), stryMutAct_9fa48("1757") ? () => undefined : (stryCov_9fa48("1757"), found => (stryMutAct_9fa48("1760") ? found.status === 'ikigai_ongoing' : stryMutAct_9fa48("1759") ? false : stryMutAct_9fa48("1758") ? true : (stryCov_9fa48("1758", "1759", "1760"), found.status !== (stryMutAct_9fa48("1761") ? "" : (stryCov_9fa48("1761"), 'ikigai_ongoing')))) ? TE.right<RescoreError, RescoreOutcome>(vanished(selected)) : pipe(finalize.execute(found), TE.map((response): RescoreOutcome => {
      if (stryMutAct_9fa48("1762")) {
        {}
      } else {
        stryCov_9fa48("1762");
        const [first, second] = response.top_2_professions;
        const top2: [number | null, number | null] = stryMutAct_9fa48("1763") ? [] : (stryCov_9fa48("1763"), [first ? Number(first.profession_id) : null, second ? Number(second.profession_id) : null]);
        return stryMutAct_9fa48("1764") ? {} : (stryCov_9fa48("1764"), {
          _tag: stryMutAct_9fa48("1765") ? "" : (stryCov_9fa48("1765"), 'Finalized'),
          session,
          top2,
          written: stryMutAct_9fa48("1766") ? false : (stryCov_9fa48("1766"), true)
        });
      }
    }))))));
  }
};