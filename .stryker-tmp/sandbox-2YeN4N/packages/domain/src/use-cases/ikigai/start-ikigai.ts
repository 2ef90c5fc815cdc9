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
import type { SessionToken, UserId } from '../../model/ids.js';
import type { IkigaiOngoing, Session } from '../../model/session.js';
import type { Clock } from '../../ports/clock.js';
import type { Repositories, UnitOfWork } from '../../ports/unit-of-work.js';
import { startIkigai } from '../../rules/session-transitions.js';
import type { IkigaiContent, LoadedContent } from './ikigai-content.js';
export type IkigaiContentError = SessionError | PortError | {
  readonly _tag: 'CandidatesMissing';
};
export interface IkigaiContentResponse {
  readonly session_token: string;
  readonly status: 'ikigai_ongoing';
  readonly generated_at: string;
  readonly from_cache: boolean;
  readonly regenerated: boolean;
  readonly total_display_candidates: number;
  readonly total_all_candidates: number;
  readonly user_riasec_code: string;
  readonly message: string;
  readonly candidates_with_content: LoadedContent['candidates'];
}
const MESSAGES = {
  started: 'Sesi Ikigai dimulai dan konten dibuat.',
  fromCache: 'Konten diambil dari cache.',
  regenerated: 'Konten lama kedaluwarsa, konten baru dibuat.'
} as const;

/** Candidates and content of an Ikigai session, shaped as the content response (upstream §4.5). */
export const contentResponse = stryMutAct_9fa48("1620") ? () => undefined : (stryCov_9fa48("1620"), (() => {
  const contentResponse = (repos: Repositories, content: IkigaiContent, session: IkigaiOngoing, onMiss: keyof typeof MESSAGES): TE.TaskEither<IkigaiContentError, IkigaiContentResponse> => pipe(repos.riasec.findOutcome(session.id), TE.chainW(TE.fromOption(stryMutAct_9fa48("1621") ? () => undefined : (stryCov_9fa48("1621"), (): IkigaiContentError => stryMutAct_9fa48("1622") ? {} : (stryCov_9fa48("1622"), {
    _tag: stryMutAct_9fa48("1623") ? "" : (stryCov_9fa48("1623"), 'CandidatesMissing')
  })))), TE.chainW(stryMutAct_9fa48("1624") ? () => undefined : (stryCov_9fa48("1624"), outcome => pipe(content.load(session.session_token, outcome.candidates_data.candidates), TE.map(stryMutAct_9fa48("1625") ? () => undefined : (stryCov_9fa48("1625"), loaded => stryMutAct_9fa48("1626") ? {} : (stryCov_9fa48("1626"), {
    session_token: session.session_token,
    status: 'ikigai_ongoing' as const,
    generated_at: loaded.generated_at,
    from_cache: loaded.from_cache,
    regenerated: stryMutAct_9fa48("1627") ? loaded.from_cache : (stryCov_9fa48("1627"), !loaded.from_cache),
    total_display_candidates: loaded.candidates.length,
    total_all_candidates: outcome.candidates_data.candidates.length,
    user_riasec_code: outcome.riasec_code,
    message: loaded.from_cache ? MESSAGES.fromCache : MESSAGES[onMiss],
    candidates_with_content: loaded.candidates
  })))))));
  return contentResponse;
})());

/**
 * POST /ikigai/start (upstream §4.2, MD 3 order): 404 foreign, 400 FIT_CHECK / wrong goal / wrong status;
 * riasec_completed → ikigai_ongoing plus the empty answer row in one transaction; idempotent on ikigai_ongoing.
 * Content is produced after the commit: an AI call never holds a transaction open.
 */
export class StartIkigai {
  constructor(private readonly uow: UnitOfWork, private readonly repos: Repositories, private readonly content: IkigaiContent, private readonly clock: Clock) {}
  execute(user: UserId, token: SessionToken): TE.TaskEither<IkigaiContentError, IkigaiContentResponse> {
    if (stryMutAct_9fa48("1628")) {
      {}
    } else {
      stryCov_9fa48("1628");
      return pipe(this.uow.run(stryMutAct_9fa48("1629") ? () => undefined : (stryCov_9fa48("1629"), scope => pipe(scope.sessions.findOwnedForUpdate(user, token), TE.chainW(TE.fromOption(stryMutAct_9fa48("1630") ? () => undefined : (stryCov_9fa48("1630"), (): IkigaiContentError => sessionNotFound))), TE.chainW(stryMutAct_9fa48("1631") ? () => undefined : (stryCov_9fa48("1631"), session => TE.fromEither(startIkigai(session)))), TE.chainFirstW(stryMutAct_9fa48("1632") ? () => undefined : (stryCov_9fa48("1632"), ({
        session,
        changed
      }) => changed ? pipe(scope.sessions.saveTransition(session), TE.chain(stryMutAct_9fa48("1633") ? () => undefined : (stryCov_9fa48("1633"), () => scope.ikigai.ensureResponseRow(session.id, this.clock.now())))) : TE.right(undefined)))))), TE.chainW(stryMutAct_9fa48("1634") ? () => undefined : (stryCov_9fa48("1634"), ({
        session
      }) => contentResponse(this.repos, this.content, session, stryMutAct_9fa48("1635") ? "" : (stryCov_9fa48("1635"), 'started')))));
    }
  }
}

/** GET /ikigai/content/{token}: same checks, status must be ikigai_ongoing; cache miss regenerates. */
export class GetIkigaiContent {
  constructor(private readonly repos: Repositories, private readonly content: IkigaiContent) {}
  execute(user: UserId, token: SessionToken): TE.TaskEither<IkigaiContentError, IkigaiContentResponse> {
    if (stryMutAct_9fa48("1636")) {
      {}
    } else {
      stryCov_9fa48("1636");
      return pipe(this.repos.sessions.findOwned(user, token), TE.chainW(TE.fromOption(stryMutAct_9fa48("1637") ? () => undefined : (stryCov_9fa48("1637"), (): IkigaiContentError => sessionNotFound))), TE.chainW(stryMutAct_9fa48("1638") ? () => undefined : (stryCov_9fa48("1638"), session => TE.fromEither(requireIkigaiOngoing(session)))), TE.chainW(stryMutAct_9fa48("1639") ? () => undefined : (stryCov_9fa48("1639"), session => contentResponse(this.repos, this.content, session, stryMutAct_9fa48("1640") ? "" : (stryCov_9fa48("1640"), 'regenerated')))));
    }
  }
}

/** Flag, goal and status checks in upstream order, for routes that need a running Ikigai phase. */
export const requireIkigaiOngoing = stryMutAct_9fa48("1641") ? () => undefined : (stryCov_9fa48("1641"), (() => {
  const requireIkigaiOngoing = (session: Session): E.Either<SessionError, IkigaiOngoing> => pipe(startIkigai(session), E.chain(stryMutAct_9fa48("1642") ? () => undefined : (stryCov_9fa48("1642"), ({
    session: next
  }) => (stryMutAct_9fa48("1645") ? session.status !== 'ikigai_ongoing' : stryMutAct_9fa48("1644") ? false : stryMutAct_9fa48("1643") ? true : (stryCov_9fa48("1643", "1644", "1645"), session.status === (stryMutAct_9fa48("1646") ? "" : (stryCov_9fa48("1646"), 'ikigai_ongoing')))) ? E.right(next) : E.left(wrongStatus(session.status, stryMutAct_9fa48("1647") ? [] : (stryCov_9fa48("1647"), [stryMutAct_9fa48("1648") ? "" : (stryCov_9fa48("1648"), 'ikigai_ongoing')]))))));
  return requireIkigaiOngoing;
})());