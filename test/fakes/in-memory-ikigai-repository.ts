import type {
  DimensionAnswer,
  DimensionAnswers,
  DimensionKey,
  IkigaiRepository,
  PortError,
  SessionId,
  StoredScores,
} from '@kenali/domain';
import { DIMENSION_KEYS } from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type InMemoryDatabase, violation } from './in-memory-database.js';
import { requireSession } from './in-memory-riasec-repository.js';

const PORT = 'ikigai';

/** `ikigai_responses` filled column by column (write-once) and the two insert-once score documents. */
export class InMemoryIkigaiRepository implements IkigaiRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  ensureResponseRow(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'ensureResponseRow', (state) => {
      requireSession(state, PORT, 'ikigai_responses', session);
      if (!state.ikigaiResponses.has(Number(session)))
        state.ikigaiResponses.set(Number(session), {
          answers: {},
          completed: false,
          completed_at: null,
          created_at: at,
        });
    });
  }

  findAnswers(session: SessionId): TE.TaskEither<PortError, DimensionAnswers> {
    return this.db.op(
      PORT,
      'findAnswers',
      (state) => state.ikigaiResponses.get(Number(session))?.answers ?? {},
    );
  }

  openAnswers(session: SessionId, at: Date): TE.TaskEither<PortError, DimensionAnswers> {
    return pipe(
      this.ensureResponseRow(session, at),
      TE.chain(() => this.findAnswers(session)),
    );
  }

  saveAnswer(
    session: SessionId,
    key: DimensionKey,
    answer: DimensionAnswer,
  ): TE.TaskEither<PortError, boolean> {
    return this.db.op(PORT, 'saveAnswer', (state) => {
      const row = state.ikigaiResponses.get(Number(session));
      // UPDATE … WHERE column IS NULL: no row, or an answered column, updates nothing.
      if (!row || row.answers[key] !== undefined) return false;
      state.ikigaiResponses.set(Number(session), { ...row, answers: { ...row.answers, [key]: answer } });
      return true;
    });
  }

  completeResponses(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'completeResponses', (state) => {
      const row = state.ikigaiResponses.get(Number(session));
      if (!row) return;
      if (DIMENSION_KEYS.some((key) => row.answers[key] === undefined))
        throw violation(PORT, 'unknown', 'violates chk_ikigai_responses_all_dimensions');
      state.ikigaiResponses.set(Number(session), { ...row, completed: true, completed_at: at });
    });
  }

  saveScores(session: SessionId, scores: StoredScores): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'saveScores', (state) => {
      requireSession(state, PORT, 'ikigai_dimension_scores', session);
      if (state.ikigaiScores.has(Number(session)))
        throw violation(
          PORT,
          'conflict',
          'duplicate key violates ix_ikigai_dimension_scores_test_session_id',
        );
      if (scores.totalApiCalls < 1 || scores.totalApiCalls > 20)
        throw violation(PORT, 'unknown', 'violates chk_valid_api_calls');
      if (
        scores.topProfession1 !== null &&
        scores.topProfession2 !== null &&
        scores.topProfession1 === scores.topProfession2
      )
        throw violation(PORT, 'unknown', 'violates chk_different_top_professions');
      state.ikigaiScores.set(Number(session), scores);
    });
  }

  findScores(session: SessionId): TE.TaskEither<PortError, O.Option<StoredScores>> {
    return this.db.op(PORT, 'findScores', (state) => O.fromNullable(state.ikigaiScores.get(Number(session))));
  }
}
