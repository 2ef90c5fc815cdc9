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
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { type SessionError, wrongStatus } from '../../errors/session-error.js';
import { DIMENSION_KEYS, type DimensionAnswers, type DimensionKey } from '../../model/dimension.js';
import type { Session } from '../../model/session.js';
import type { DimensionTexts, NarrativeWriter, RelevanceAnswer, RelevanceJudge } from '../../ports/ai-ports.js';
import type { AiError } from '../../ports/ai-error.js';
import type { Clock } from '../../ports/clock.js';
import type { StoredScores } from '../../ports/ikigai-repository.js';
import type { ProfessionProfile } from '../../ports/profession-catalogue.js';
import type { RiasecOutcome } from '../../ports/riasec-repository.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { completeIkigai } from '../../rules/session-transitions.js';
import { type IkigaiCompletionResponse, buildIkigaiCompletionResponse } from '../../scoring/completion-response.js';
import { scoreIkigai } from '../../scoring/pipeline.js';
import type { ScoringError } from '../../scoring/scoring-error.js';
import { recordCompletion } from '../record-completion.js';
import { buildRecommendationsData } from './recommendations-data.js';
export type FinalizeError = SessionError | PortError | ScoringError | {
  readonly _tag: 'CandidatesMissing';
} | {
  readonly _tag: 'AnswersIncomplete';
};

/** Stored when no scoring call answered at all: the metadata then lists all four dimensions as failed. */
export const NO_MODEL = stryMutAct_9fa48("1425") ? "" : (stryCov_9fa48("1425"), 'none');
interface Material {
  readonly outcome: RiasecOutcome;
  readonly answers: DimensionAnswers;
  readonly profiles: readonly ProfessionProfile[];
}
const answerTexts = stryMutAct_9fa48("1426") ? () => undefined : (stryCov_9fa48("1426"), (() => {
  const answerTexts = (answers: DimensionAnswers): DimensionTexts => Object.fromEntries(DIMENSION_KEYS.map(k => [k, answers[k]?.reasoning_text ?? ''])) as DimensionTexts;
  return answerTexts;
})());

/**
 * Scores a session whose four answers are stored, exactly once: four relevance calls in parallel (outside any
 * transaction), the pipeline, then one transaction that re-checks the session under a row lock, so a concurrent
 * or resumed run that lost the race stores nothing. The narrative follows and is written at most once.
 */
export class FinalizeIkigai {
  constructor(private readonly uow: UnitOfWork, private readonly repos: Repositories, private readonly judge: RelevanceJudge, private readonly narrator: NarrativeWriter, private readonly clock: Clock) {}
  execute(session: Session): TE.TaskEither<FinalizeError, IkigaiCompletionResponse> {
    if (stryMutAct_9fa48("1427")) {
      {}
    } else {
      stryCov_9fa48("1427");
      return pipe(this.material(session), TE.chainW(stryMutAct_9fa48("1428") ? () => undefined : (stryCov_9fa48("1428"), material => pipe(this.repos.ikigai.findScores(session.id), TE.chainW(O.match(stryMutAct_9fa48("1429") ? () => undefined : (stryCov_9fa48("1429"), () => this.score(session, material)), TE.right)), TE.chainFirstW(stryMutAct_9fa48("1430") ? () => undefined : (stryCov_9fa48("1430"), scores => this.ensureRecommendation(session, material, scores)))))), TE.map(stryMutAct_9fa48("1431") ? () => undefined : (stryCov_9fa48("1431"), scores => buildIkigaiCompletionResponse(session.session_token, scores.totalScores))));
    }
  }
  private material(session: Session): TE.TaskEither<FinalizeError, Material> {
    if (stryMutAct_9fa48("1432")) {
      {}
    } else {
      stryCov_9fa48("1432");
      return pipe(TE.Do, TE.apSW(stryMutAct_9fa48("1433") ? "" : (stryCov_9fa48("1433"), 'outcome'), pipe(this.repos.riasec.findOutcome(session.id), TE.chainW(TE.fromOption(stryMutAct_9fa48("1434") ? () => undefined : (stryCov_9fa48("1434"), (): FinalizeError => stryMutAct_9fa48("1435") ? {} : (stryCov_9fa48("1435"), {
        _tag: stryMutAct_9fa48("1436") ? "" : (stryCov_9fa48("1436"), 'CandidatesMissing')
      })))))), TE.apSW(stryMutAct_9fa48("1437") ? "" : (stryCov_9fa48("1437"), 'answers'), this.repos.ikigai.findAnswers(session.id)), TE.chainW(stryMutAct_9fa48("1438") ? () => undefined : (stryCov_9fa48("1438"), m => (stryMutAct_9fa48("1439") ? DIMENSION_KEYS.some(k => m.answers[k] !== undefined) : (stryCov_9fa48("1439"), DIMENSION_KEYS.every(stryMutAct_9fa48("1440") ? () => undefined : (stryCov_9fa48("1440"), k => stryMutAct_9fa48("1443") ? m.answers[k] === undefined : stryMutAct_9fa48("1442") ? false : stryMutAct_9fa48("1441") ? true : (stryCov_9fa48("1441", "1442", "1443"), m.answers[k] !== undefined))))) ? pipe(this.repos.catalogue.profiles(m.outcome.candidates_data.candidates.map(stryMutAct_9fa48("1444") ? () => undefined : (stryCov_9fa48("1444"), c => c.profession_id))), TE.map(stryMutAct_9fa48("1445") ? () => undefined : (stryCov_9fa48("1445"), profiles => stryMutAct_9fa48("1446") ? {} : (stryCov_9fa48("1446"), {
        ...m,
        profiles
      })))) : TE.left<FinalizeError, Material>(stryMutAct_9fa48("1447") ? {} : (stryCov_9fa48("1447"), {
        _tag: stryMutAct_9fa48("1448") ? "" : (stryCov_9fa48("1448"), 'AnswersIncomplete')
      })))));
    }
  }
  private score(session: Session, m: Material): TE.TaskEither<FinalizeError, StoredScores> {
    if (stryMutAct_9fa48("1449")) {
      {}
    } else {
      stryCov_9fa48("1449");
      const judge = stryMutAct_9fa48("1450") ? () => undefined : (stryCov_9fa48("1450"), (() => {
        const judge = (key: DimensionKey) => this.judge.judge(key, stryMutAct_9fa48("1451") ? m.answers[key]?.reasoning_text && '' : (stryCov_9fa48("1451"), (stryMutAct_9fa48("1452") ? m.answers[key].reasoning_text : (stryCov_9fa48("1452"), m.answers[key]?.reasoning_text)) ?? (stryMutAct_9fa48("1453") ? "Stryker was here!" : (stryCov_9fa48("1453"), ''))), m.profiles);
        return judge;
      })());
      return pipe(TE.fromTask(stryMutAct_9fa48("1454") ? () => undefined : (stryCov_9fa48("1454"), async () => Promise.all(DIMENSION_KEYS.map(stryMutAct_9fa48("1455") ? () => undefined : (stryCov_9fa48("1455"), key => judge(key)()))))), TE.chainW(answers => {
        if (stryMutAct_9fa48("1456")) {
          {}
        } else {
          stryCov_9fa48("1456");
          const nameOf = new Map(m.profiles.map(stryMutAct_9fa48("1457") ? () => undefined : (stryCov_9fa48("1457"), p => stryMutAct_9fa48("1458") ? [] : (stryCov_9fa48("1458"), [Number(p.profession_id), p.name]))));
          const byKey = new Map<DimensionKey, E.Either<AiError, RelevanceAnswer>>(DIMENSION_KEYS.map(stryMutAct_9fa48("1459") ? () => undefined : (stryCov_9fa48("1459"), (k, i) => stryMutAct_9fa48("1460") ? [] : (stryCov_9fa48("1460"), [k, answers[i]]))));
          const now = this.clock.now();
          const scored = scoreIkigai(stryMutAct_9fa48("1461") ? {} : (stryCov_9fa48("1461"), {
            candidates: m.outcome.candidates_data.candidates.map(stryMutAct_9fa48("1462") ? () => undefined : (stryCov_9fa48("1462"), c => stryMutAct_9fa48("1463") ? {} : (stryCov_9fa48("1463"), {
              ...c,
              profession_name: stryMutAct_9fa48("1464") ? nameOf.get(Number(c.profession_id)) && null : (stryCov_9fa48("1464"), nameOf.get(Number(c.profession_id)) ?? null)
            }))),
            dimensions: Object.fromEntries(DIMENSION_KEYS.map(k => {
              const answer = byKey.get(k);
              return [k, {
                selected_profession_id: m.answers[k]?.selected_profession_id ?? null,
                r_raw: answer && E.isRight(answer) ? answer.right.scores : null
              }];
            })) as Parameters<typeof scoreIkigai>[0]['dimensions']
          }), now.toISOString());
          const model = answers.find(E.isRight);
          return pipe(TE.fromEither(scored), TE.map(stryMutAct_9fa48("1465") ? () => undefined : (stryCov_9fa48("1465"), (result): StoredScores => stryMutAct_9fa48("1466") ? {} : (stryCov_9fa48("1466"), {
            dimensionScores: result.dimension_scores,
            totalScores: result.total_scores,
            topProfession1: result.top_profession1_id,
            topProfession2: result.top_profession2_id,
            aiModelUsed: (stryMutAct_9fa48("1469") ? model || E.isRight(model) : stryMutAct_9fa48("1468") ? false : stryMutAct_9fa48("1467") ? true : (stryCov_9fa48("1467", "1468", "1469"), model && E.isRight(model))) ? model.right.model : NO_MODEL,
            totalApiCalls: DIMENSION_KEYS.length,
            calculatedAt: now
          }))), TE.chainW(stryMutAct_9fa48("1470") ? () => undefined : (stryCov_9fa48("1470"), scores => this.store(session, scores))));
        }
      }));
    }
  }

  /** Writes the scores and completes the session, unless another run already did (then its scores win). */
  private store(session: Session, scores: StoredScores): TE.TaskEither<FinalizeError, StoredScores> {
    if (stryMutAct_9fa48("1471")) {
      {}
    } else {
      stryCov_9fa48("1471");
      return this.uow.run(stryMutAct_9fa48("1472") ? () => undefined : (stryCov_9fa48("1472"), scope => pipe(scope.sessions.findOwnedForUpdate(session.user_id, session.session_token), TE.chainW(TE.fromOption(stryMutAct_9fa48("1473") ? () => undefined : (stryCov_9fa48("1473"), (): FinalizeError => wrongStatus(session.status, stryMutAct_9fa48("1474") ? [] : (stryCov_9fa48("1474"), [stryMutAct_9fa48("1475") ? "" : (stryCov_9fa48("1475"), 'ikigai_ongoing')]))))), TE.chainW(stryMutAct_9fa48("1476") ? () => undefined : (stryCov_9fa48("1476"), locked => (stryMutAct_9fa48("1479") ? locked.status !== 'completed' : stryMutAct_9fa48("1478") ? false : stryMutAct_9fa48("1477") ? true : (stryCov_9fa48("1477", "1478", "1479"), locked.status === (stryMutAct_9fa48("1480") ? "" : (stryCov_9fa48("1480"), 'completed')))) ? pipe(scope.ikigai.findScores(locked.id), TE.chainW(TE.fromOption(stryMutAct_9fa48("1481") ? () => undefined : (stryCov_9fa48("1481"), (): FinalizeError => stryMutAct_9fa48("1482") ? {} : (stryCov_9fa48("1482"), {
        _tag: stryMutAct_9fa48("1483") ? "" : (stryCov_9fa48("1483"), 'CandidatesMissing')
      }))))) : pipe(TE.fromEither(completeIkigai(locked, scores.calculatedAt)), TE.chainFirstW(stryMutAct_9fa48("1484") ? () => undefined : (stryCov_9fa48("1484"), () => scope.ikigai.saveScores(locked.id, scores))), TE.chainFirstW(stryMutAct_9fa48("1485") ? () => undefined : (stryCov_9fa48("1485"), () => scope.ikigai.completeResponses(locked.id, scores.calculatedAt))), TE.chainFirstW(stryMutAct_9fa48("1486") ? () => undefined : (stryCov_9fa48("1486"), completed => scope.sessions.saveTransition(completed))), TE.chainFirstW(stryMutAct_9fa48("1487") ? () => undefined : (stryCov_9fa48("1487"), completed => recordCompletion(scope, completed, scores.calculatedAt))), TE.map(stryMutAct_9fa48("1488") ? () => undefined : (stryCov_9fa48("1488"), () => scores))))))));
    }
  }

  /** The narrative never fails the request: an AI failure stores fallback texts, flagged in the context. */
  private ensureRecommendation(session: Session, m: Material, scores: StoredScores): TE.TaskEither<PortError, void> {
    if (stryMutAct_9fa48("1489")) {
      {}
    } else {
      stryCov_9fa48("1489");
      return pipe(this.repos.recommendations.find(session.id), TE.chain(O.match(() => {
        if (stryMutAct_9fa48("1490")) {
          {}
        } else {
          stryCov_9fa48("1490");
          const ranked = scores.totalScores.profession_scores;
          const top = stryMutAct_9fa48("1491") ? m.profiles : (stryCov_9fa48("1491"), m.profiles.filter(stryMutAct_9fa48("1492") ? () => undefined : (stryCov_9fa48("1492"), p => stryMutAct_9fa48("1494") ? ranked.some(e => Number(e.profession_id) === Number(p.profession_id)) : stryMutAct_9fa48("1493") ? ranked.slice(0, 2).every(e => Number(e.profession_id) === Number(p.profession_id)) : (stryCov_9fa48("1493", "1494"), ranked.slice(0, 2).some(stryMutAct_9fa48("1495") ? () => undefined : (stryCov_9fa48("1495"), e => stryMutAct_9fa48("1498") ? Number(e.profession_id) !== Number(p.profession_id) : stryMutAct_9fa48("1497") ? false : stryMutAct_9fa48("1496") ? true : (stryCov_9fa48("1496", "1497", "1498"), Number(e.profession_id) === Number(p.profession_id))))))));
          const texts = answerTexts(m.answers);
          return pipe(TE.fromTask(this.narrator.write(stryMutAct_9fa48("1499") ? {} : (stryCov_9fa48("1499"), {
            answers: texts,
            userCode: m.outcome.riasec_code,
            top
          }))), TE.chain(narrative => {
            if (stryMutAct_9fa48("1500")) {
              {}
            } else {
              stryCov_9fa48("1500");
              const now = this.clock.now();
              const data = buildRecommendationsData(stryMutAct_9fa48("1501") ? {} : (stryCov_9fa48("1501"), {
                ranked,
                candidates: m.outcome.candidates_data.candidates,
                profiles: m.profiles,
                userCode: m.outcome.riasec_code,
                userCodeId: m.outcome.riasec_code_id,
                answers: texts,
                narrative: E.isRight(narrative) ? narrative.right : undefined,
                generatedAt: now.toISOString()
              }));
              return this.repos.recommendations.saveOnce(session.id, stryMutAct_9fa48("1502") ? {} : (stryCov_9fa48("1502"), {
                data,
                topProfession1: scores.topProfession1,
                topProfession2: scores.topProfession2,
                aiModelUsed: E.isRight(narrative) ? narrative.right.model : NO_MODEL,
                generatedAt: now
              }));
            }
          }), TE.map(() => undefined));
        }
      }, stryMutAct_9fa48("1503") ? () => undefined : (stryCov_9fa48("1503"), () => TE.right(undefined)))));
    }
  }
}