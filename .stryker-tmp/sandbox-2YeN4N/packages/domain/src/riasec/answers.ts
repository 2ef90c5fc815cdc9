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
import { questionType } from './question-bank.js';
import type { RiasecError, TypeMismatch } from './riasec-error.js';

/** One submitted answer; extra fields such as `answered_at` are allowed and ignored here. */
export interface RiasecAnswer {
  readonly question_id: number;
  readonly question_type: string;
  readonly answer_value: number;
}
export const MIN_ANSWER_VALUE = 1;
export const MAX_ANSWER_VALUE = 5;
const ascending = stryMutAct_9fa48("377") ? () => undefined : (stryCov_9fa48("377"), (() => {
  const ascending = (a: number, b: number): number => stryMutAct_9fa48("378") ? a + b : (stryCov_9fa48("378"), a - b);
  return ascending;
})());
const isLikert = stryMutAct_9fa48("379") ? () => undefined : (stryCov_9fa48("379"), (() => {
  const isLikert = (value: number): boolean => stryMutAct_9fa48("382") ? Number.isInteger(value) && value >= MIN_ANSWER_VALUE || value <= MAX_ANSWER_VALUE : stryMutAct_9fa48("381") ? false : stryMutAct_9fa48("380") ? true : (stryCov_9fa48("380", "381", "382"), (stryMutAct_9fa48("384") ? Number.isInteger(value) || value >= MIN_ANSWER_VALUE : stryMutAct_9fa48("383") ? true : (stryCov_9fa48("383", "384"), Number.isInteger(value) && (stryMutAct_9fa48("387") ? value < MIN_ANSWER_VALUE : stryMutAct_9fa48("386") ? value > MIN_ANSWER_VALUE : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386", "387"), value >= MIN_ANSWER_VALUE)))) && (stryMutAct_9fa48("390") ? value > MAX_ANSWER_VALUE : stryMutAct_9fa48("389") ? value < MAX_ANSWER_VALUE : stryMutAct_9fa48("388") ? true : (stryCov_9fa48("388", "389", "390"), value <= MAX_ANSWER_VALUE)));
  return isLikert;
})());

/**
 * The pure part of upstream §3.2: duplicates first (a set would hide them), then the id set against the
 * stored question set, then the type of each id, then the Likert range. Each check reports every offender.
 */
export const validateAnswers = (answers: readonly RiasecAnswer[], storedQuestionIds: readonly number[]): E.Either<RiasecError, readonly RiasecAnswer[]> => {
  if (stryMutAct_9fa48("391")) {
    {}
  } else {
    stryCov_9fa48("391");
    const given = new Set<number>();
    const duplicates = new Set<number>();
    for (const answer of answers) {
      if (stryMutAct_9fa48("392")) {
        {}
      } else {
        stryCov_9fa48("392");
        if (stryMutAct_9fa48("394") ? false : stryMutAct_9fa48("393") ? true : (stryCov_9fa48("393", "394"), given.has(answer.question_id))) duplicates.add(answer.question_id);else given.add(answer.question_id);
      }
    }
    if (stryMutAct_9fa48("398") ? duplicates.size <= 0 : stryMutAct_9fa48("397") ? duplicates.size >= 0 : stryMutAct_9fa48("396") ? false : stryMutAct_9fa48("395") ? true : (stryCov_9fa48("395", "396", "397", "398"), duplicates.size > 0)) return E.left(stryMutAct_9fa48("399") ? {} : (stryCov_9fa48("399"), {
      _tag: stryMutAct_9fa48("400") ? "" : (stryCov_9fa48("400"), 'DuplicateQuestionIds'),
      duplicates: stryMutAct_9fa48("401") ? [...duplicates] : (stryCov_9fa48("401"), (stryMutAct_9fa48("402") ? [] : (stryCov_9fa48("402"), [...duplicates])).sort(ascending))
    }));
    const stored = new Set(storedQuestionIds);
    const missing = stryMutAct_9fa48("404") ? [...stored].sort(ascending) : stryMutAct_9fa48("403") ? [...stored].filter(id => !given.has(id)) : (stryCov_9fa48("403", "404"), (stryMutAct_9fa48("405") ? [] : (stryCov_9fa48("405"), [...stored])).filter(stryMutAct_9fa48("406") ? () => undefined : (stryCov_9fa48("406"), id => stryMutAct_9fa48("407") ? given.has(id) : (stryCov_9fa48("407"), !given.has(id)))).sort(ascending));
    const extra = stryMutAct_9fa48("409") ? [...given].sort(ascending) : stryMutAct_9fa48("408") ? [...given].filter(id => !stored.has(id)) : (stryCov_9fa48("408", "409"), (stryMutAct_9fa48("410") ? [] : (stryCov_9fa48("410"), [...given])).filter(stryMutAct_9fa48("411") ? () => undefined : (stryCov_9fa48("411"), id => stryMutAct_9fa48("412") ? stored.has(id) : (stryCov_9fa48("412"), !stored.has(id)))).sort(ascending));
    if (stryMutAct_9fa48("415") ? missing.length > 0 && extra.length > 0 : stryMutAct_9fa48("414") ? false : stryMutAct_9fa48("413") ? true : (stryCov_9fa48("413", "414", "415"), (stryMutAct_9fa48("418") ? missing.length <= 0 : stryMutAct_9fa48("417") ? missing.length >= 0 : stryMutAct_9fa48("416") ? false : (stryCov_9fa48("416", "417", "418"), missing.length > 0)) || (stryMutAct_9fa48("421") ? extra.length <= 0 : stryMutAct_9fa48("420") ? extra.length >= 0 : stryMutAct_9fa48("419") ? false : (stryCov_9fa48("419", "420", "421"), extra.length > 0)))) return E.left(stryMutAct_9fa48("422") ? {} : (stryCov_9fa48("422"), {
      _tag: stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), 'QuestionSetMismatch'),
      missing,
      extra
    }));
    const mismatches: TypeMismatch[] = stryMutAct_9fa48("424") ? ["Stryker was here"] : (stryCov_9fa48("424"), []);
    const outOfRange: {
      question_id: number;
      answer_value: number;
    }[] = stryMutAct_9fa48("425") ? ["Stryker was here"] : (stryCov_9fa48("425"), []);
    for (const {
      question_id,
      question_type,
      answer_value
    } of answers) {
      if (stryMutAct_9fa48("426")) {
        {}
      } else {
        stryCov_9fa48("426");
        const expected = stryMutAct_9fa48("427") ? questionType(question_id) && null : (stryCov_9fa48("427"), questionType(question_id) ?? null);
        if (stryMutAct_9fa48("430") ? expected === question_type : stryMutAct_9fa48("429") ? false : stryMutAct_9fa48("428") ? true : (stryCov_9fa48("428", "429", "430"), expected !== question_type)) mismatches.push(stryMutAct_9fa48("431") ? {} : (stryCov_9fa48("431"), {
          question_id,
          given: question_type,
          expected
        }));
        if (stryMutAct_9fa48("434") ? false : stryMutAct_9fa48("433") ? true : stryMutAct_9fa48("432") ? isLikert(answer_value) : (stryCov_9fa48("432", "433", "434"), !isLikert(answer_value))) outOfRange.push(stryMutAct_9fa48("435") ? {} : (stryCov_9fa48("435"), {
          question_id,
          answer_value
        }));
      }
    }
    if (stryMutAct_9fa48("439") ? mismatches.length <= 0 : stryMutAct_9fa48("438") ? mismatches.length >= 0 : stryMutAct_9fa48("437") ? false : stryMutAct_9fa48("436") ? true : (stryCov_9fa48("436", "437", "438", "439"), mismatches.length > 0)) return E.left(stryMutAct_9fa48("440") ? {} : (stryCov_9fa48("440"), {
      _tag: stryMutAct_9fa48("441") ? "" : (stryCov_9fa48("441"), 'QuestionTypeMismatch'),
      mismatches
    }));
    if (stryMutAct_9fa48("445") ? outOfRange.length <= 0 : stryMutAct_9fa48("444") ? outOfRange.length >= 0 : stryMutAct_9fa48("443") ? false : stryMutAct_9fa48("442") ? true : (stryCov_9fa48("442", "443", "444", "445"), outOfRange.length > 0)) return E.left(stryMutAct_9fa48("446") ? {} : (stryCov_9fa48("446"), {
      _tag: stryMutAct_9fa48("447") ? "" : (stryCov_9fa48("447"), 'AnswerValueOutOfRange'),
      answers: outOfRange
    }));
    return E.right(answers);
  }
};