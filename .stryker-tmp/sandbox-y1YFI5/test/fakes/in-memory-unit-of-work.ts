// @ts-nocheck
import type { PortError, Repositories, UnitOfWork } from '@kenali/domain';
import { composedSessionReads, portError } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { InMemoryCareerProfileRepository } from './in-memory-career-profile-repository.js';
import type { InMemoryDatabase } from './in-memory-database.js';
import { InMemoryFitCheckRepository } from './in-memory-fit-check-repository.js';
import { InMemoryHistoryRepository } from './in-memory-history-repository.js';
import { InMemoryIkigaiRepository } from './in-memory-ikigai-repository.js';
import { InMemoryProfessionCatalogue } from './in-memory-profession-catalogue.js';
import { InMemoryRecommendationRepository } from './in-memory-recommendation-repository.js';
import { InMemoryRiasecRepository } from './in-memory-riasec-repository.js';
import { InMemorySessionRepository } from './in-memory-session-repository.js';
import { InMemoryTokenLedger } from './in-memory-token-ledger.js';

/** Every fake repository bound to one database: the committed state, or a unit of work's private fork. */
export const inMemoryRepositories = (db: InMemoryDatabase): Repositories => {
  const sources = {
    sessions: new InMemorySessionRepository(db),
    history: new InMemoryHistoryRepository(db),
    riasec: new InMemoryRiasecRepository(db),
    ikigai: new InMemoryIkigaiRepository(db),
    fitChecks: new InMemoryFitCheckRepository(db),
    recommendations: new InMemoryRecommendationRepository(db),
    catalogue: new InMemoryProfessionCatalogue(db),
    tokens: new InMemoryTokenLedger(db),
    careerProfiles: new InMemoryCareerProfileRepository(db),
  };
  return { ...sources, reads: composedSessionReads(sources) };
};

/**
 * Copy-on-write transactions: `work` runs against a private fork of the state, which replaces the committed
 * state only when it returns Right. Units of work run one at a time (as if every one took the row locks it
 * could need), so reads outside a running unit of work see only committed data.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  constructor(private readonly db: InMemoryDatabase) {}

  run<E, A>(work: (scope: Repositories) => TE.TaskEither<E, A>): TE.TaskEither<E | PortError, A> {
    return () =>
      this.db.exclusive(async (): Promise<E.Either<E | PortError, A>> => {
        const fork = this.db.fork();
        let result: E.Either<E, A>;
        try {
          result = await work(inMemoryRepositories(fork))();
        } catch (caught) {
          // A bug inside the work: PostgreSQL rolls back and the adapter maps the throw to a PortError.
          this.db.transactions.push('rollback');
          return E.left(
            portError('unit_of_work', 'unknown', caught instanceof Error ? caught.message : String(caught)),
          );
        }
        if (E.isLeft(result)) {
          this.db.transactions.push('rollback');
          return result;
        }
        this.db.commit(fork);
        this.db.transactions.push('commit');
        return result;
      });
  }
}
