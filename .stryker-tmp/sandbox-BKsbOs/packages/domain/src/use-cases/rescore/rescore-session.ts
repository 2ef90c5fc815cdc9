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
import * as T from 'fp-ts/lib/Task.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { NarrativeWriter, RelevanceJudge } from '../../ports/ai-ports.js';
import type { Clock } from '../../ports/clock.js';
import type { RescoreSelection, ScoredSnapshot, SelectedSession } from '../../ports/rescore-selection.js';
import type { ScoreRevisionRepository } from '../../ports/score-revision-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { FinalizeIkigai } from '../ikigai/finalize-ikigai.js';
import { finalizeStuck, vanished } from './finalize-stuck.js';
import { type FreshAnswers, askAgain, dimensionsToAsk } from './reask.js';
import { type Pending, type Prepared, planWrite } from './rescore-write.js';
import type { RescoreError, RescoreOutcome, RescoreRequest } from './rescore-types.js';
export interface RescoreDependencies {
  readonly selection: RescoreSelection;
  readonly revisions: ScoreRevisionRepository;
  readonly repos: Repositories;
  readonly judge: RelevanceJudge;
  readonly narrator: NarrativeWriter;
  readonly finalize: FinalizeIkigai;
  readonly clock: Clock;
}

/** A concurrent writer may win the optimistic check; after this many attempts the session is reported. */
const MAX_ATTEMPTS = 3;
type Result = E.Either<RescoreError, RescoreOutcome>;

/**
 * Offline rescoring (issue 7): recompute a session from its stored r_raw (or fresh AI answers), diff it
 * against the stored ranking and, unless it is a dry run, store the new documents with a revision of the old
 * ones, atomically per session. Idempotent: equal documents write nothing. A stuck session is finished by the
 * same FinalizeIkigai the service uses.
 *
 * `prepare` does everything but the write (AI calls included, outside any transaction); `commit` writes many
 * prepared sessions at once. `rescore` is both for one session.
 */
export class RescoreSession {
  constructor(private readonly deps: RescoreDependencies) {}

  /** Dispatches on the kind the selection reported; a scored session is loaded first. */
  execute(selected: SelectedSession, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    if (stryMutAct_9fa48("2051")) {
      {}
    } else {
      stryCov_9fa48("2051");
      if (stryMutAct_9fa48("2054") ? selected.kind !== 'stuck' : stryMutAct_9fa48("2053") ? false : stryMutAct_9fa48("2052") ? true : (stryCov_9fa48("2052", "2053", "2054"), selected.kind === (stryMutAct_9fa48("2055") ? "" : (stryCov_9fa48("2055"), 'stuck')))) return this.finalizeStuck(selected, request);
      return pipe(this.deps.selection.loadScored(stryMutAct_9fa48("2056") ? [] : (stryCov_9fa48("2056"), [selected.id])), TE.chainW(stryMutAct_9fa48("2057") ? () => undefined : (stryCov_9fa48("2057"), ([snapshot]) => snapshot ? this.rescore(snapshot, request) : TE.right(vanished(selected)))));
    }
  }
  rescore(snapshot: ScoredSnapshot, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    if (stryMutAct_9fa48("2058")) {
      {}
    } else {
      stryCov_9fa48("2058");
      return pipe(this.prepare(snapshot, request), TE.chainW(stryMutAct_9fa48("2059") ? () => undefined : (stryCov_9fa48("2059"), prepared => (stryMutAct_9fa48("2062") ? prepared._tag !== 'Settled' : stryMutAct_9fa48("2061") ? false : stryMutAct_9fa48("2060") ? true : (stryCov_9fa48("2060", "2061", "2062"), prepared._tag === (stryMutAct_9fa48("2063") ? "" : (stryCov_9fa48("2063"), 'Settled')))) ? TE.right(prepared.outcome) : pipe(this.commit(stryMutAct_9fa48("2064") ? [] : (stryCov_9fa48("2064"), [prepared])), T.map(stryMutAct_9fa48("2065") ? () => undefined : (stryCov_9fa48("2065"), ([result]) => result))))));
    }
  }

  /** Asks the AI if the mode says so, then plans: nothing to write, or the revision to write. */
  prepare(snapshot: ScoredSnapshot, request: RescoreRequest): TE.TaskEither<RescoreError, Prepared> {
    if (stryMutAct_9fa48("2066")) {
      {}
    } else {
      stryCov_9fa48("2066");
      return pipe(askAgain(this.deps.repos, this.deps.judge, snapshot, dimensionsToAsk(request.mode, snapshot)), TE.chainW(stryMutAct_9fa48("2067") ? () => undefined : (stryCov_9fa48("2067"), ai => this.plan(snapshot, ai, request))));
    }
  }

  /**
   * Writes prepared sessions in one go. A session that lost its version to another writer is read and
   * planned again on its own; if the shared write fails as a whole, each session is written alone, so one
   * bad session never fails the others. Results are in the order of `pending`.
   */
  commit(pending: readonly Pending[]): T.Task<Result[]> {
    if (stryMutAct_9fa48("2068")) {
      {}
    } else {
      stryCov_9fa48("2068");
      return async () => {
        if (stryMutAct_9fa48("2069")) {
          {}
        } else {
          stryCov_9fa48("2069");
          const applied = await this.deps.revisions.applyAll(pending.map(stryMutAct_9fa48("2070") ? () => undefined : (stryCov_9fa48("2070"), p => p.revision)))();
          if (stryMutAct_9fa48("2072") ? false : stryMutAct_9fa48("2071") ? true : (stryCov_9fa48("2071", "2072"), E.isLeft(applied))) {
            if (stryMutAct_9fa48("2073")) {
              {}
            } else {
              stryCov_9fa48("2073");
              if (stryMutAct_9fa48("2076") ? pending.length !== 1 : stryMutAct_9fa48("2075") ? false : stryMutAct_9fa48("2074") ? true : (stryCov_9fa48("2074", "2075", "2076"), pending.length === 1)) return stryMutAct_9fa48("2077") ? [] : (stryCov_9fa48("2077"), [E.left(applied.left)]);
              return Promise.all(pending.map(stryMutAct_9fa48("2078") ? () => undefined : (stryCov_9fa48("2078"), async p => (await this.commit(stryMutAct_9fa48("2079") ? [] : (stryCov_9fa48("2079"), [p]))())[0])));
            }
          }
          return Promise.all(pending.map(stryMutAct_9fa48("2080") ? () => undefined : (stryCov_9fa48("2080"), p => applied.right.has(p.revision.session) ? Promise.resolve<Result>(E.right(p.outcome)) : this.retry(p.snapshot, p.ai, p.request, 1)())));
        }
      };
    }
  }

  /** A stuck session is finished by the service's own FinalizeIkigai (nothing is done in a dry run). */
  finalizeStuck(selected: SelectedSession, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    if (stryMutAct_9fa48("2081")) {
      {}
    } else {
      stryCov_9fa48("2081");
      return finalizeStuck(this.deps.repos, this.deps.finalize, selected, request);
    }
  }
  private plan(snapshot: ScoredSnapshot, ai: FreshAnswers, request: RescoreRequest): TE.TaskEither<RescoreError, Prepared> {
    if (stryMutAct_9fa48("2082")) {
      {}
    } else {
      stryCov_9fa48("2082");
      const {
        repos,
        narrator,
        clock
      } = this.deps;
      return planWrite(stryMutAct_9fa48("2083") ? {} : (stryCov_9fa48("2083"), {
        repos,
        narrator,
        now: stryMutAct_9fa48("2084") ? () => undefined : (stryCov_9fa48("2084"), () => clock.now())
      }), snapshot, ai, request);
    }
  }

  /** Lost the optimistic check: read the session again and recompute from what is stored now. */
  private retry(snapshot: ScoredSnapshot, ai: FreshAnswers, request: RescoreRequest, attempt: number): T.Task<Result> {
    if (stryMutAct_9fa48("2085")) {
      {}
    } else {
      stryCov_9fa48("2085");
      if (stryMutAct_9fa48("2089") ? attempt < MAX_ATTEMPTS : stryMutAct_9fa48("2088") ? attempt > MAX_ATTEMPTS : stryMutAct_9fa48("2087") ? false : stryMutAct_9fa48("2086") ? true : (stryCov_9fa48("2086", "2087", "2088", "2089"), attempt >= MAX_ATTEMPTS)) return T.of(E.left(stryMutAct_9fa48("2090") ? {} : (stryCov_9fa48("2090"), {
        _tag: stryMutAct_9fa48("2091") ? "" : (stryCov_9fa48("2091"), 'RescoreConflict'),
        session: snapshot.id
      })));
      return pipe(this.deps.selection.loadScored(stryMutAct_9fa48("2092") ? [] : (stryCov_9fa48("2092"), [snapshot.id])), TE.chainW(stryMutAct_9fa48("2093") ? () => undefined : (stryCov_9fa48("2093"), ([again]) => again ? pipe(this.plan(again, ai, request), TE.chainW(prepared => {
        if (stryMutAct_9fa48("2094")) {
          {}
        } else {
          stryCov_9fa48("2094");
          if (stryMutAct_9fa48("2097") ? prepared._tag !== 'Settled' : stryMutAct_9fa48("2096") ? false : stryMutAct_9fa48("2095") ? true : (stryCov_9fa48("2095", "2096", "2097"), prepared._tag === (stryMutAct_9fa48("2098") ? "" : (stryCov_9fa48("2098"), 'Settled')))) return TE.right(prepared.outcome);
          return pipe(this.deps.revisions.applyAll(stryMutAct_9fa48("2099") ? [] : (stryCov_9fa48("2099"), [prepared.revision])), TE.chainW(stryMutAct_9fa48("2100") ? () => undefined : (stryCov_9fa48("2100"), applied => applied.has(again.id) ? TE.right(prepared.outcome) : this.retry(again, ai, request, stryMutAct_9fa48("2101") ? attempt - 1 : (stryCov_9fa48("2101"), attempt + 1)))));
        }
      })) : TE.right<RescoreError, RescoreOutcome>(vanished(snapshot)))));
    }
  }
}