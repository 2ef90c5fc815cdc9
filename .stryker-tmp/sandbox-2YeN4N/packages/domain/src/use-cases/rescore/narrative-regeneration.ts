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
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { DIMENSION_KEYS, type DimensionAnswers } from '../../model/dimension.js';
import { ProfessionId } from '../../model/ids.js';
import type { DimensionTexts, NarrativeWriter } from '../../ports/ai-ports.js';
import type { ScoredSnapshot } from '../../ports/rescore-selection.js';
import type { RecommendationUpdate } from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { StoredScores } from '../../ports/ikigai-repository.js';
import { NO_MODEL } from '../ikigai/finalize-ikigai.js';
import { buildRecommendationsData } from '../ikigai/recommendations-data.js';
export type NarrativeError = PortError | {
  readonly _tag: 'CandidatesMissing';
};
const textsOf = stryMutAct_9fa48("1835") ? () => undefined : (stryCov_9fa48("1835"), (() => {
  const textsOf = (answers: DimensionAnswers): DimensionTexts => Object.fromEntries(DIMENSION_KEYS.map(k => [k, answers[k]?.reasoning_text ?? ''])) as DimensionTexts;
  return textsOf;
})());

/**
 * A new recommendation for a new top two, built as the finalize step builds it (upstream §5.2): one narrative
 * call outside any transaction; when it fails, the fallback texts are stored and flagged (decisions §4 (33)).
 */
export const regenerateRecommendation = (repos: Repositories, narrator: NarrativeWriter, snapshot: ScoredSnapshot, scores: StoredScores, now: () => Date): TE.TaskEither<NarrativeError, RecommendationUpdate> => {
  if (stryMutAct_9fa48("1836")) {
    {}
  } else {
    stryCov_9fa48("1836");
    const ranked = scores.totalScores.profession_scores;
    const topIds = stryMutAct_9fa48("1837") ? ranked.map(e => ProfessionId(Number(e.profession_id))) : (stryCov_9fa48("1837"), ranked.slice(0, 2).map(stryMutAct_9fa48("1838") ? () => undefined : (stryCov_9fa48("1838"), e => ProfessionId(Number(e.profession_id)))));
    return pipe(TE.Do, TE.apS(stryMutAct_9fa48("1839") ? "" : (stryCov_9fa48("1839"), 'outcome'), pipe(repos.riasec.findOutcome(snapshot.id), TE.chainW(TE.fromOption(stryMutAct_9fa48("1840") ? () => undefined : (stryCov_9fa48("1840"), (): NarrativeError => stryMutAct_9fa48("1841") ? {} : (stryCov_9fa48("1841"), {
      _tag: stryMutAct_9fa48("1842") ? "" : (stryCov_9fa48("1842"), 'CandidatesMissing')
    })))))), TE.apSW(stryMutAct_9fa48("1843") ? "" : (stryCov_9fa48("1843"), 'answers'), repos.ikigai.findAnswers(snapshot.id)), TE.apSW(stryMutAct_9fa48("1844") ? "" : (stryCov_9fa48("1844"), 'profiles'), repos.catalogue.profiles(topIds)), TE.chainW(({
      outcome,
      answers,
      profiles
    }) => {
      if (stryMutAct_9fa48("1845")) {
        {}
      } else {
        stryCov_9fa48("1845");
        const texts = textsOf(answers);
        return pipe(TE.fromTask(narrator.write(stryMutAct_9fa48("1846") ? {} : (stryCov_9fa48("1846"), {
          answers: texts,
          userCode: outcome.riasec_code,
          top: profiles
        }))), TE.map((narrative): RecommendationUpdate => {
          if (stryMutAct_9fa48("1847")) {
            {}
          } else {
            stryCov_9fa48("1847");
            const at = now();
            return stryMutAct_9fa48("1848") ? {} : (stryCov_9fa48("1848"), {
              data: buildRecommendationsData(stryMutAct_9fa48("1849") ? {} : (stryCov_9fa48("1849"), {
                ranked,
                candidates: outcome.candidates_data.candidates,
                profiles,
                userCode: outcome.riasec_code,
                userCodeId: outcome.riasec_code_id,
                answers: texts,
                narrative: E.isRight(narrative) ? narrative.right : undefined,
                generatedAt: at.toISOString()
              })),
              topProfession1: scores.topProfession1,
              topProfession2: scores.topProfession2,
              aiModelUsed: E.isRight(narrative) ? narrative.right.model : NO_MODEL,
              generatedAt: at
            });
          }
        }));
      }
    }));
  }
};