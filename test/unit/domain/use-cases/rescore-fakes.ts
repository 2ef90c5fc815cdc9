import type {
  DimensionKey,
  PortError,
  RescoreFilter,
  RescoreSelection,
  ScoreRevision,
  ScoreRevisionRepository,
  ScoredSnapshot,
  SelectedSession,
  SessionId,
} from '@kenali/domain';
import { DIMENSION_KEYS, SessionToken, portError } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { InMemoryDatabase } from '../../../fakes/index.js';

/**
 * Rescoring's two ports over the in-memory database, for unit tests of RescoreSession (the PostgreSQL ones are
 * held to their behaviour by the integration suite). The version of a session's scores is a counter that
 * every write (or a test playing another writer) bumps.
 */
export class RescoreStore implements RescoreSelection, ScoreRevisionRepository {
  readonly versions = new Map<number, number>();
  readonly revisions: ScoreRevision[] = [];
  /** Calls of applyAll, by the sessions each carried. */
  readonly applyCalls: number[][] = [];
  /** Runs before each applyAll: a test plays a concurrent writer here. */
  beforeApply: (sessions: readonly number[], revisions: readonly ScoreRevision[]) => void = () => undefined;
  /** applyAll calls carrying more than one session fail (a statement-wide error). */
  failShared = false;
  /** applyAll calls carrying this session fail. */
  failFor: number | null = null;

  constructor(private readonly db: InMemoryDatabase) {}

  versionOf(id: SessionId | number): string {
    return String(this.versions.get(Number(id)) ?? 0);
  }

  bump(id: SessionId | number): void {
    this.versions.set(Number(id), (this.versions.get(Number(id)) ?? 0) + 1);
  }

  count(): TE.TaskEither<PortError, number> {
    return () => Promise.resolve(E.right(this.db.state.ikigaiScores.size));
  }

  nextBatch(_filter: RescoreFilter): TE.TaskEither<PortError, readonly SelectedSession[]> {
    return () => Promise.resolve(E.right([]));
  }

  describe(): TE.TaskEither<PortError, readonly SelectedSession[]> {
    return () => Promise.resolve(E.right([]));
  }

  loadScored(ids: readonly SessionId[]): TE.TaskEither<PortError, readonly ScoredSnapshot[]> {
    return () => Promise.resolve(E.right(ids.flatMap((id) => this.snapshot(id))));
  }

  private snapshot(id: SessionId): ScoredSnapshot[] {
    const { state } = this.db;
    const scores = state.ikigaiScores.get(Number(id));
    const row = state.sessions.get(Number(id));
    if (!scores || !row) return [];
    const answers = state.ikigaiResponses.get(Number(id))?.answers ?? {};
    const candidates = state.submissions.get(Number(id))?.candidates_data.candidates ?? [];
    return [
      structuredClone({
        id,
        userId: row.user_id,
        token: SessionToken(row.session_token),
        version: this.versionOf(id),
        scores,
        candidates: candidates.map((c) => ({
          profession_id: c.profession_id,
          congruence_score: c.congruence_score,
        })),
        selected: Object.fromEntries(
          DIMENSION_KEYS.map((k) => [k, answers[k]?.selected_profession_id ?? null]),
        ) as Record<DimensionKey, number | null>,
        recommendation: state.recommendations.get(Number(id))?.data ?? null,
      }),
    ];
  }

  applyAll(revisions: readonly ScoreRevision[]): TE.TaskEither<PortError, ReadonlySet<SessionId>> {
    return () => {
      const ids = revisions.map((r) => Number(r.session));
      this.applyCalls.push(ids);
      this.beforeApply(ids, revisions);
      if ((this.failShared && ids.length > 1) || (this.failFor !== null && ids.includes(this.failFor)))
        return Promise.resolve(E.left(portError('score_revisions', 'unavailable', 'statement failed')));
      const written = new Set<SessionId>();
      for (const revision of revisions) {
        if (this.versionOf(revision.session) !== revision.expectedVersion) continue;
        this.writeRevision(revision);
        written.add(revision.session);
      }
      return Promise.resolve(E.right(written));
    };
  }

  /** Stores a revision's documents and bumps the version (also how a test plays another writer). */
  writeRevision(revision: ScoreRevision): void {
    const id = Number(revision.session);
    const { state } = this.db;
    this.revisions.push(structuredClone(revision));
    state.ikigaiScores.set(id, structuredClone(revision.scores));
    const update = revision.recommendation;
    if (update) {
      const stored = state.recommendations.get(id);
      state.recommendations.set(id, {
        data: structuredClone(update.data),
        topProfession1: update.topProfession1,
        topProfession2: update.topProfession2,
        aiModelUsed: update.aiModelUsed ?? stored?.aiModelUsed ?? 'none',
        generatedAt: update.generatedAt ?? stored?.generatedAt ?? new Date(0),
      });
    }
    this.bump(id);
  }
}
