// @ts-nocheck
import type { PortError, RecommendationRepository, SessionId, StoredRecommendation } from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, violation } from './in-memory-database.js';
import { requireSession } from './in-memory-riasec-repository.js';

const PORT = 'career_recommendations';

/** INSERT … ON CONFLICT (test_session_id) DO NOTHING: the first writer wins, later ones get `false`. */
export class InMemoryRecommendationRepository implements RecommendationRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  saveOnce(session: SessionId, recommendation: StoredRecommendation): TE.TaskEither<PortError, boolean> {
    return this.db.op(PORT, 'saveOnce', (state) => {
      requireSession(state, PORT, PORT, session);
      const { topProfession1: top1, topProfession2: top2 } = recommendation;
      if (top1 !== null && top2 !== null && top1 === top2)
        throw violation(PORT, 'unknown', 'violates chk_career_recommendations_different_top');
      if (state.recommendations.has(Number(session))) return false;
      state.recommendations.set(Number(session), recommendation);
      return true;
    });
  }

  find(session: SessionId): TE.TaskEither<PortError, O.Option<StoredRecommendation>> {
    return this.db.op(PORT, 'find', (state) => O.fromNullable(state.recommendations.get(Number(session))));
  }
}
