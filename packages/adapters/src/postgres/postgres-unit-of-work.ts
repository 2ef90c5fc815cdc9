import { type PortError, type ProfessionCatalogue, type Repositories, type UnitOfWork } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Knex } from 'knex';
import { ClaimLost, currentClaim } from '../idempotency/claim-context.js';
import { portError } from '@kenali/domain';
import { toPortError } from './attempt.js';
import { leanTransaction } from './lean-transaction.js';
import { firstRow, statement } from './named-query.js';
import { completeClaim } from './postgres-idempotency-store.js';
import { PostgresCareerProfileRepository } from './postgres-career-profile-repository.js';
import { PostgresFitCheckRepository } from './postgres-fit-check-repository.js';
import { PostgresHistoryRepository } from './postgres-history-repository.js';
import { PostgresIkigaiRepository } from './postgres-ikigai-repository.js';
import { PostgresProfessionCatalogue } from './postgres-profession-catalogue.js';
import { PostgresRecommendationRepository } from './postgres-recommendation-repository.js';
import { PostgresRiasecRepository } from './postgres-riasec-repository.js';
import { PostgresSessionReads } from './postgres-session-reads.js';
import { PostgresSessionRepository } from './postgres-session-repository.js';
import { PostgresTokenLedger } from './postgres-token-ledger.js';
import { KENALI_SCHEMA, type PhysicalSchema } from './physical-schema.js';

/** Every repository bound to one executor: the pool for reads, a transaction inside a unit of work. */
export const postgresRepositories = (
  db: Knex | Knex.Transaction,
  schema: PhysicalSchema = KENALI_SCHEMA,
): Repositories => ({
  sessions: new PostgresSessionRepository(db),
  history: new PostgresHistoryRepository(db),
  riasec: new PostgresRiasecRepository(db),
  ikigai: new PostgresIkigaiRepository(db, schema),
  fitChecks: new PostgresFitCheckRepository(db),
  recommendations: new PostgresRecommendationRepository(db, schema),
  catalogue: new PostgresProfessionCatalogue(db),
  tokens: new PostgresTokenLedger(db),
  careerProfiles: new PostgresCareerProfileRepository(db),
  reads: new PostgresSessionReads(db, schema),
});

/** Carries a Left out of the transaction callback so the transaction rolls back. */
class Rollback<E> extends Error {
  constructor(readonly error: E) {
    super('unit of work rolled back');
  }
}

/**
 * One Postgres transaction per unit of work: Right commits, Left or a throw rolls back. `catalogue` may put
 * the transaction's reference reads behind a cache (ADR 0034) that loads its misses through the transaction.
 */
export class PostgresUnitOfWork implements UnitOfWork {
  constructor(
    private readonly db: Knex,
    private readonly schema: PhysicalSchema = KENALI_SCHEMA,
    private readonly catalogue: (inner: ProfessionCatalogue) => ProfessionCatalogue = (inner) => inner,
  ) {}

  run<E, A>(work: (scope: Repositories) => TE.TaskEither<E, A>): TE.TaskEither<E | PortError, A> {
    return async () => {
      try {
        const value = await leanTransaction(this.db, async (trx) => {
          const repos = postgresRepositories(trx, this.schema);
          const result = await work({ ...repos, catalogue: this.catalogue(repos.catalogue) })();
          if (E.isLeft(result)) throw new Rollback(result.left);
          await fenceClaim(trx, result.right);
          return result.right;
        });
        return E.right(value);
      } catch (caught) {
        if (caught instanceof Rollback) return E.left(caught.error as E);
        if (caught instanceof ClaimLost) return E.left(portError('idempotency', 'conflict', caught.message));
        return E.left(toPortError('unit_of_work')(caught));
      }
    };
  }
}

const FENCE = statement(
  `select id from idempotency_keys where id = ? and attempt = ? and state = 'in_flight' limit 1 for update`,
);

/**
 * Inside the business transaction: a request holding an idempotency claim commits only while it still owns
 * the key (fencing), and, when its route renders the response from this transaction, stores that response
 * in the same commit as the side effects — so a crash can never leave a charge without its replay.
 */
const fenceClaim = async (trx: Knex.Transaction, value: unknown): Promise<void> => {
  const claim = currentClaim();
  if (!claim) return;
  if (claim.render) {
    if (!(await completeClaim(trx, claim.ticket, claim.render(value), new Date()))) throw new ClaimLost();
    claim.storedInTransaction = true;
    return;
  }
  const owned = await firstRow(trx, FENCE, [claim.ticket.id, claim.ticket.attempt]);
  if (!owned) throw new ClaimLost();
};
