// @ts-nocheck
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
    if (selected.kind === 'stuck') return this.finalizeStuck(selected, request);
    return pipe(
      this.deps.selection.loadScored([selected.id]),
      TE.chainW(([snapshot]) => (snapshot ? this.rescore(snapshot, request) : TE.right(vanished(selected)))),
    );
  }

  rescore(snapshot: ScoredSnapshot, request: RescoreRequest): TE.TaskEither<RescoreError, RescoreOutcome> {
    return pipe(
      this.prepare(snapshot, request),
      TE.chainW((prepared) =>
        prepared._tag === 'Settled'
          ? TE.right(prepared.outcome)
          : pipe(
              this.commit([prepared]),
              T.map(([result]) => result),
            ),
      ),
    );
  }

  /** Asks the AI if the mode says so, then plans: nothing to write, or the revision to write. */
  prepare(snapshot: ScoredSnapshot, request: RescoreRequest): TE.TaskEither<RescoreError, Prepared> {
    return pipe(
      askAgain(this.deps.repos, this.deps.judge, snapshot, dimensionsToAsk(request.mode, snapshot)),
      TE.chainW((ai) => this.plan(snapshot, ai, request)),
    );
  }

  /**
   * Writes prepared sessions in one go. A session that lost its version to another writer is read and
   * planned again on its own; if the shared write fails as a whole, each session is written alone, so one
   * bad session never fails the others. Results are in the order of `pending`.
   */
  commit(pending: readonly Pending[]): T.Task<Result[]> {
    return async () => {
      const applied = await this.deps.revisions.applyAll(pending.map((p) => p.revision))();
      if (E.isLeft(applied)) {
        if (pending.length === 1) return [E.left(applied.left)];
        return Promise.all(pending.map(async (p) => (await this.commit([p])())[0]));
      }
      return Promise.all(
        pending.map((p) =>
          applied.right.has(p.revision.session)
            ? Promise.resolve<Result>(E.right(p.outcome))
            : this.retry(p.snapshot, p.ai, p.request, 1)(),
        ),
      );
    };
  }

  /** A stuck session is finished by the service's own FinalizeIkigai (nothing is done in a dry run). */
  finalizeStuck(
    selected: SelectedSession,
    request: RescoreRequest,
  ): TE.TaskEither<RescoreError, RescoreOutcome> {
    return finalizeStuck(this.deps.repos, this.deps.finalize, selected, request);
  }

  private plan(
    snapshot: ScoredSnapshot,
    ai: FreshAnswers,
    request: RescoreRequest,
  ): TE.TaskEither<RescoreError, Prepared> {
    const { repos, narrator, clock } = this.deps;
    return planWrite({ repos, narrator, now: () => clock.now() }, snapshot, ai, request);
  }

  /** Lost the optimistic check: read the session again and recompute from what is stored now. */
  private retry(
    snapshot: ScoredSnapshot,
    ai: FreshAnswers,
    request: RescoreRequest,
    attempt: number,
  ): T.Task<Result> {
    if (attempt >= MAX_ATTEMPTS) return T.of(E.left({ _tag: 'RescoreConflict', session: snapshot.id }));
    return pipe(
      this.deps.selection.loadScored([snapshot.id]),
      TE.chainW(([again]) =>
        again
          ? pipe(
              this.plan(again, ai, request),
              TE.chainW((prepared) => {
                if (prepared._tag === 'Settled') return TE.right(prepared.outcome);
                return pipe(
                  this.deps.revisions.applyAll([prepared.revision]),
                  TE.chainW((applied) =>
                    applied.has(again.id)
                      ? TE.right(prepared.outcome)
                      : this.retry(again, ai, request, attempt + 1),
                  ),
                );
              }),
            )
          : TE.right<RescoreError, RescoreOutcome>(vanished(snapshot)),
      ),
    );
  }
}
