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
import * as A from 'fp-ts/lib/Array.js';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { DIMENSION_KEYS, type DimensionKey, type SelectionType } from '../../model/dimension.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type AnswerViolation, type CheckedAnswer, checkDimensionAnswer } from '../../rules/dimension-answer.js';
import type { IkigaiCompletionResponse } from '../../scoring/completion-response.js';
import type { FinalizeIkigai } from './finalize-ikigai.js';
import type { SubmitDimension, SubmitDimensionError } from './submit-dimension.js';
export interface AssessmentAnswer {
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  readonly reasoning_text: string;
}
export interface SubmitAssessmentInput {
  readonly user: UserId;
  readonly token: SessionToken;
  readonly answers: Readonly<Record<DimensionKey, AssessmentAnswer>>;
}

/** Every dimension's violations at once, each tagged with its dimension. */
const checkAll = (answers: SubmitAssessmentInput['answers']): E.Either<SubmitDimensionError, Record<DimensionKey, CheckedAnswer>> => {
  if (stryMutAct_9fa48("1649")) {
    {}
  } else {
    stryCov_9fa48("1649");
    const violations: AnswerViolation[] = stryMutAct_9fa48("1650") ? ["Stryker was here"] : (stryCov_9fa48("1650"), []);
    const checked = {} as Record<DimensionKey, CheckedAnswer>;
    for (const key of DIMENSION_KEYS) {
      if (stryMutAct_9fa48("1651")) {
        {}
      } else {
        stryCov_9fa48("1651");
        const result = checkDimensionAnswer(answers[key]);
        if (stryMutAct_9fa48("1653") ? false : stryMutAct_9fa48("1652") ? true : (stryCov_9fa48("1652", "1653"), E.isLeft(result))) violations.push(...result.left.violations.map(stryMutAct_9fa48("1654") ? () => undefined : (stryCov_9fa48("1654"), v => stryMutAct_9fa48("1655") ? {} : (stryCov_9fa48("1655"), {
          ...v,
          dimension: key
        }))));else checked[key] = result.right;
      }
    }
    return (stryMutAct_9fa48("1659") ? violations.length <= 0 : stryMutAct_9fa48("1658") ? violations.length >= 0 : stryMutAct_9fa48("1657") ? false : stryMutAct_9fa48("1656") ? true : (stryCov_9fa48("1656", "1657", "1658", "1659"), violations.length > 0)) ? E.left(stryMutAct_9fa48("1660") ? {} : (stryCov_9fa48("1660"), {
      _tag: stryMutAct_9fa48("1661") ? "" : (stryCov_9fa48("1661"), 'InvalidDimensionAnswer'),
      violations
    })) : E.right(checked);
  }
};

/**
 * POST /assessments/submit: the four Ikigai answers in one request, with the validations of
 * submit-dimension, all stored in one transaction, then scored like the fourth single answer.
 */
export class SubmitAssessment {
  constructor(private readonly uow: UnitOfWork, private readonly dimensions: SubmitDimension, private readonly finalize: FinalizeIkigai) {}
  execute(input: SubmitAssessmentInput): TE.TaskEither<SubmitDimensionError, IkigaiCompletionResponse> {
    if (stryMutAct_9fa48("1662")) {
      {}
    } else {
      stryCov_9fa48("1662");
      return pipe(TE.fromEither(checkAll(input.answers)), TE.chainW(stryMutAct_9fa48("1663") ? () => undefined : (stryCov_9fa48("1663"), checked => this.uow.run(stryMutAct_9fa48("1664") ? () => undefined : (stryCov_9fa48("1664"), scope => pipe(stryMutAct_9fa48("1665") ? [] : (stryCov_9fa48("1665"), [...DIMENSION_KEYS]), A.traverse(TE.ApplicativeSeq)(stryMutAct_9fa48("1666") ? () => undefined : (stryCov_9fa48("1666"), dimension => this.dimensions.saveAnswer(scope, stryMutAct_9fa48("1667") ? {} : (stryCov_9fa48("1667"), {
        user: input.user,
        token: input.token,
        dimension,
        ...checked[dimension]
      }))))))))), TE.chainW(stryMutAct_9fa48("1668") ? () => undefined : (stryCov_9fa48("1668"), saved => this.finalize.execute((saved.at(-1) as (typeof saved)[number]).session))));
    }
  }
}