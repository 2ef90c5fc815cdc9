// @ts-nocheck
import type { FitCheckRecord, FitCheckRepository, PortError, SessionId } from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, violation } from './in-memory-database.js';
import { requireSession } from './in-memory-riasec-repository.js';

const PORT = 'fit_check_results';

export class InMemoryFitCheckRepository implements FitCheckRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  save(record: FitCheckRecord): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'save', (state) => {
      requireSession(state, PORT, PORT, record.session);
      if (state.fitChecks.has(Number(record.session)))
        throw violation(PORT, 'conflict', 'duplicate key violates idx_fit_check_results_session');
      // NUMERIC(4,2): the column keeps two decimals.
      state.fitChecks.set(Number(record.session), {
        ...record,
        match_score: Math.round(record.match_score * 100) / 100,
      });
    });
  }

  find(session: SessionId): TE.TaskEither<PortError, O.Option<FitCheckRecord>> {
    return this.db.op(PORT, 'find', (state) => O.fromNullable(state.fitChecks.get(Number(session))));
  }
}
