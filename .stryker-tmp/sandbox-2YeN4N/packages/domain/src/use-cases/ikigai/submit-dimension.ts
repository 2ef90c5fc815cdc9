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
import { type SessionError, sessionNotFound, wrongStatus } from '../../errors/session-error.js';
import { type DimensionAnswer, type DimensionAnswers, type DimensionKey, type SelectionType, DIMENSION_KEYS, answeredDimensions, remainingDimensions } from '../../model/dimension.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { IkigaiOngoing, Session } from '../../model/session.js';
import type { Clock } from '../../ports/clock.js';
import type { TransactionScope, UnitOfWork } from '../../ports/unit-of-work.js';
import { type InvalidDimensionAnswer, checkDimensionAnswer } from '../../rules/dimension-answer.js';
import type { IkigaiCompletionResponse } from '../../scoring/completion-response.js';
import type { FinalizeError, FinalizeIkigai } from './finalize-ikigai.js';
import { requireIkigaiOngoing } from './start-ikigai.js';
export interface SubmitDimensionInput {
  readonly user: UserId;
  readonly token: SessionToken;
  readonly dimension: DimensionKey;
  readonly selected_profession_id: number | null;
  readonly selection_type: SelectionType;
  readonly reasoning_text: string;
}
export interface DimensionSubmitResponse {
  readonly session_token: string;
  readonly dimension_saved: DimensionKey;
  readonly dimensions_completed: DimensionKey[];
  readonly dimensions_remaining: DimensionKey[];
  readonly all_completed: false;
  readonly message: string;
}
export type SubmitDimensionError = InvalidDimensionAnswer | SessionError | PortError | FinalizeError | {
  readonly _tag: 'DimensionAlreadyAnswered';
  readonly dimension: DimensionKey;
} | {
  readonly _tag: 'ProfessionNotCandidate';
  readonly profession_id: number;
} | {
  readonly _tag: 'CandidatesMissing';
};
type Saved = {
  readonly session: Session;
  readonly answers: DimensionAnswers;
};
const sameAnswer = stryMutAct_9fa48("1669") ? () => undefined : (stryCov_9fa48("1669"), (() => {
  const sameAnswer = (a: DimensionAnswer, b: Omit<DimensionAnswer, 'answered_at'>): boolean => stryMutAct_9fa48("1672") ? a.selected_profession_id === b.selected_profession_id && a.selection_type === b.selection_type || a.reasoning_text === b.reasoning_text : stryMutAct_9fa48("1671") ? false : stryMutAct_9fa48("1670") ? true : (stryCov_9fa48("1670", "1671", "1672"), (stryMutAct_9fa48("1674") ? a.selected_profession_id === b.selected_profession_id || a.selection_type === b.selection_type : stryMutAct_9fa48("1673") ? true : (stryCov_9fa48("1673", "1674"), (stryMutAct_9fa48("1676") ? a.selected_profession_id !== b.selected_profession_id : stryMutAct_9fa48("1675") ? true : (stryCov_9fa48("1675", "1676"), a.selected_profession_id === b.selected_profession_id)) && (stryMutAct_9fa48("1678") ? a.selection_type !== b.selection_type : stryMutAct_9fa48("1677") ? true : (stryCov_9fa48("1677", "1678"), a.selection_type === b.selection_type)))) && (stryMutAct_9fa48("1680") ? a.reasoning_text !== b.reasoning_text : stryMutAct_9fa48("1679") ? true : (stryCov_9fa48("1679", "1680"), a.reasoning_text === b.reasoning_text)));
  return sameAnswer;
})());

/**
 * POST /ikigai/submit-dimension (upstream §4.7, decisions §4 (24–26)). An answer is written once and never
 * overwritten (a different second answer is 400); re-sending the identical answer is a retry and succeeds
 * again, and when all four are stored it resumes an interrupted scoring run instead of failing.
 */
export class SubmitDimension {
  constructor(private readonly uow: UnitOfWork, private readonly finalize: FinalizeIkigai, private readonly clock: Clock) {}
  execute(input: SubmitDimensionInput): TE.TaskEither<SubmitDimensionError, DimensionSubmitResponse | IkigaiCompletionResponse> {
    if (stryMutAct_9fa48("1681")) {
      {}
    } else {
      stryCov_9fa48("1681");
      return pipe(TE.fromEither(checkDimensionAnswer(input)), TE.chainW(stryMutAct_9fa48("1682") ? () => undefined : (stryCov_9fa48("1682"), checked => this.uow.run(stryMutAct_9fa48("1683") ? () => undefined : (stryCov_9fa48("1683"), scope => this.saveAnswer(scope, stryMutAct_9fa48("1684") ? {} : (stryCov_9fa48("1684"), {
        ...input,
        ...checked
      })))))), TE.chainW(stryMutAct_9fa48("1685") ? () => undefined : (stryCov_9fa48("1685"), ({
        session,
        answers
      }): TE.TaskEither<SubmitDimensionError, DimensionSubmitResponse | IkigaiCompletionResponse> => (stryMutAct_9fa48("1686") ? DIMENSION_KEYS.some(k => answers[k] !== undefined) : (stryCov_9fa48("1686"), DIMENSION_KEYS.every(stryMutAct_9fa48("1687") ? () => undefined : (stryCov_9fa48("1687"), k => stryMutAct_9fa48("1690") ? answers[k] === undefined : stryMutAct_9fa48("1689") ? false : stryMutAct_9fa48("1688") ? true : (stryCov_9fa48("1688", "1689", "1690"), answers[k] !== undefined))))) ? this.finalize.execute(session) : TE.right(stryMutAct_9fa48("1691") ? {} : (stryCov_9fa48("1691"), {
        session_token: session.session_token,
        dimension_saved: input.dimension,
        dimensions_completed: answeredDimensions(answers),
        dimensions_remaining: remainingDimensions(answers),
        all_completed: stryMutAct_9fa48("1692") ? true : (stryCov_9fa48("1692"), false),
        message: stryMutAct_9fa48("1693") ? `` : (stryCov_9fa48("1693"), `Jawaban disimpan. Sisa ${remainingDimensions(answers).length} dimensi lagi.`)
      })))));
    }
  }

  /** One answer inside the caller's transaction (also used by the one-request assessment submit). */
  saveAnswer(scope: TransactionScope, input: SubmitDimensionInput): TE.TaskEither<SubmitDimensionError, Saved> {
    if (stryMutAct_9fa48("1694")) {
      {}
    } else {
      stryCov_9fa48("1694");
      const answer: DimensionAnswer = stryMutAct_9fa48("1695") ? {} : (stryCov_9fa48("1695"), {
        selected_profession_id: input.selected_profession_id,
        selection_type: input.selection_type,
        reasoning_text: input.reasoning_text,
        answered_at: this.clock.now().toISOString()
      });
      return pipe(scope.sessions.findOwnedForUpdate(input.user, input.token), TE.chainW(TE.fromOption(stryMutAct_9fa48("1696") ? () => undefined : (stryCov_9fa48("1696"), (): SubmitDimensionError => sessionNotFound))), TE.chainW(stryMutAct_9fa48("1697") ? () => undefined : (stryCov_9fa48("1697"), found => (stryMutAct_9fa48("1700") ? found.status === 'completed' || found.uses_ikigai : stryMutAct_9fa48("1699") ? false : stryMutAct_9fa48("1698") ? true : (stryCov_9fa48("1698", "1699", "1700"), (stryMutAct_9fa48("1702") ? found.status !== 'completed' : stryMutAct_9fa48("1701") ? true : (stryCov_9fa48("1701", "1702"), found.status === (stryMutAct_9fa48("1703") ? "" : (stryCov_9fa48("1703"), 'completed')))) && found.uses_ikigai)) ? this.retryAfterCompletion(scope, found, input) : this.saveInto(scope, found, input, answer))));
    }
  }

  /** The same answer sent again after scoring finished is a late retry: it gets the completion again. */
  private retryAfterCompletion(scope: TransactionScope, session: Session, input: SubmitDimensionInput): TE.TaskEither<SubmitDimensionError, Saved> {
    if (stryMutAct_9fa48("1704")) {
      {}
    } else {
      stryCov_9fa48("1704");
      return pipe(scope.ikigai.findAnswers(session.id), TE.chainW(answers => {
        if (stryMutAct_9fa48("1705")) {
          {}
        } else {
          stryCov_9fa48("1705");
          const existing = answers[input.dimension];
          return (stryMutAct_9fa48("1708") ? existing || sameAnswer(existing, input) : stryMutAct_9fa48("1707") ? false : stryMutAct_9fa48("1706") ? true : (stryCov_9fa48("1706", "1707", "1708"), existing && sameAnswer(existing, input))) ? TE.right(stryMutAct_9fa48("1709") ? {} : (stryCov_9fa48("1709"), {
            session,
            answers
          })) : TE.left<SubmitDimensionError, Saved>(wrongStatus(session.status, stryMutAct_9fa48("1710") ? [] : (stryCov_9fa48("1710"), [stryMutAct_9fa48("1711") ? "" : (stryCov_9fa48("1711"), 'ikigai_ongoing')])));
        }
      }));
    }
  }
  private saveInto(scope: TransactionScope, found: Session, input: SubmitDimensionInput, answer: DimensionAnswer): TE.TaskEither<SubmitDimensionError, Saved> {
    if (stryMutAct_9fa48("1712")) {
      {}
    } else {
      stryCov_9fa48("1712");
      const alreadyAnswered = stryMutAct_9fa48("1713") ? () => undefined : (stryCov_9fa48("1713"), (() => {
        const alreadyAnswered = (): SubmitDimensionError => stryMutAct_9fa48("1714") ? {} : (stryCov_9fa48("1714"), {
          _tag: stryMutAct_9fa48("1715") ? "" : (stryCov_9fa48("1715"), 'DimensionAlreadyAnswered'),
          dimension: input.dimension
        });
        return alreadyAnswered;
      })());
      return pipe(TE.fromEither(requireIkigaiOngoing(found)), TE.chainFirstW(stryMutAct_9fa48("1716") ? () => undefined : (stryCov_9fa48("1716"), session => scope.ikigai.ensureResponseRow(session.id, this.clock.now()))), TE.bindTo(stryMutAct_9fa48("1717") ? "" : (stryCov_9fa48("1717"), 'session')), TE.bindW(stryMutAct_9fa48("1718") ? "" : (stryCov_9fa48("1718"), 'answers'), stryMutAct_9fa48("1719") ? () => undefined : (stryCov_9fa48("1719"), ({
        session
      }) => scope.ikigai.findAnswers(session.id))), TE.chainW(({
        session,
        answers
      }) => {
        if (stryMutAct_9fa48("1720")) {
          {}
        } else {
          stryCov_9fa48("1720");
          const existing = answers[input.dimension];
          // A retry of the very same answer is not a change: it succeeds again (and resumes scoring if due).
          if (stryMutAct_9fa48("1722") ? false : stryMutAct_9fa48("1721") ? true : (stryCov_9fa48("1721", "1722"), existing)) return sameAnswer(existing, input) ? TE.right(stryMutAct_9fa48("1723") ? {} : (stryCov_9fa48("1723"), {
            session,
            answers
          })) : TE.left(alreadyAnswered());
          return pipe(this.checkCandidate(scope, session, input.selected_profession_id), TE.chainW(stryMutAct_9fa48("1724") ? () => undefined : (stryCov_9fa48("1724"), () => scope.ikigai.saveAnswer(session.id, input.dimension, answer))), TE.chainW(stryMutAct_9fa48("1725") ? () => undefined : (stryCov_9fa48("1725"), saved => saved ? TE.right(stryMutAct_9fa48("1726") ? {} : (stryCov_9fa48("1726"), {
            session,
            answers: stryMutAct_9fa48("1727") ? {} : (stryCov_9fa48("1727"), {
              ...answers,
              [input.dimension]: answer
            })
          })) : TE.left(alreadyAnswered()))));
        }
      }));
    }
  }

  /** The selected profession must be one of this session's candidates (display or pool). */
  private checkCandidate(scope: TransactionScope, session: IkigaiOngoing, id: number | null): TE.TaskEither<SubmitDimensionError, void> {
    if (stryMutAct_9fa48("1728")) {
      {}
    } else {
      stryCov_9fa48("1728");
      if (stryMutAct_9fa48("1731") ? id !== null : stryMutAct_9fa48("1730") ? false : stryMutAct_9fa48("1729") ? true : (stryCov_9fa48("1729", "1730", "1731"), id === null)) return TE.right(undefined);
      return pipe(scope.riasec.findOutcome(session.id), TE.chainW(TE.fromOption(stryMutAct_9fa48("1732") ? () => undefined : (stryCov_9fa48("1732"), (): SubmitDimensionError => stryMutAct_9fa48("1733") ? {} : (stryCov_9fa48("1733"), {
        _tag: stryMutAct_9fa48("1734") ? "" : (stryCov_9fa48("1734"), 'CandidatesMissing')
      })))), TE.chainEitherKW(stryMutAct_9fa48("1735") ? () => undefined : (stryCov_9fa48("1735"), outcome => (stryMutAct_9fa48("1736") ? outcome.candidates_data.candidates.every(c => Number(c.profession_id) === id) : (stryCov_9fa48("1736"), outcome.candidates_data.candidates.some(stryMutAct_9fa48("1737") ? () => undefined : (stryCov_9fa48("1737"), c => stryMutAct_9fa48("1740") ? Number(c.profession_id) !== id : stryMutAct_9fa48("1739") ? false : stryMutAct_9fa48("1738") ? true : (stryCov_9fa48("1738", "1739", "1740"), Number(c.profession_id) === id))))) ? E.right(undefined) : E.left<SubmitDimensionError>(stryMutAct_9fa48("1741") ? {} : (stryCov_9fa48("1741"), {
        _tag: stryMutAct_9fa48("1742") ? "" : (stryCov_9fa48("1742"), 'ProfessionNotCandidate'),
        profession_id: id
      })))));
    }
  }
}