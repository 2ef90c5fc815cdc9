// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { CareerProfileRepository } from './career-profile-repository.js';
import type { HistoryRepository } from './history-repository.js';
import type { RiasecRepository } from './riasec-repository.js';
import type { SessionRepository } from './session-repository.js';
import type { TokenLedger } from './token-ledger.js';
import type { IkigaiRepository } from './ikigai-repository.js';
import type { FitCheckRepository } from './fit-check-repository.js';
import type { ProfessionCatalogue } from './profession-catalogue.js';
import type { RecommendationRepository } from './recommendation-repository.js';
import type { SessionReads } from './session-reads.js';

/** Every repository, bound either to the pool (reads) or to one transaction (`TransactionScope`). */
export interface Repositories {
  readonly sessions: SessionRepository;
  readonly history: HistoryRepository;
  readonly riasec: RiasecRepository;
  readonly ikigai: IkigaiRepository;
  readonly fitChecks: FitCheckRepository;
  readonly recommendations: RecommendationRepository;
  readonly catalogue: ProfessionCatalogue;
  readonly tokens: TokenLedger;
  readonly careerProfiles: CareerProfileRepository;
  /** One-round-trip reads for the result routes. */
  readonly reads: SessionReads;
}

export type TransactionScope = Repositories;

/**
 * Runs `work` in one database transaction: committed when it returns Right, rolled back on Left
 * (so a business error after a debit leaves the wallet untouched). AI calls never run inside.
 */
export interface UnitOfWork {
  run<E, A>(work: (scope: TransactionScope) => TE.TaskEither<E, A>): TE.TaskEither<E | PortError, A>;
}
