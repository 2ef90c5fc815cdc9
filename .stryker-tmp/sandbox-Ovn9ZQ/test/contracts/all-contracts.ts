// @ts-nocheck
import { careerProfileRepositoryContract } from './career-profile-repository.contract.js';
import { type ContractHarness, subjectOf } from './contract-subject.js';
import { fitCheckRepositoryContract } from './fit-check-repository.contract.js';
import { historyRepositoryContract } from './history-repository.contract.js';
import { idempotencyStoreContract } from './idempotency-store.contract.js';
import { ikigaiRepositoryContract } from './ikigai-repository.contract.js';
import { professionCatalogueContract } from './profession-catalogue.contract.js';
import { recommendationRepositoryContract } from './recommendation-repository.contract.js';
import { riasecRepositoryContract } from './riasec-repository.contract.js';
import { sessionReadsContract } from './session-reads.contract.js';
import { sessionRepositoryContract } from './session-repository.contract.js';
import { tokenLedgerContract } from './token-ledger.contract.js';
import { unitOfWorkContract } from './unit-of-work.contract.js';

/** Every port contract against one backend; `prefix` names the implementation family (Postgres, InMemory). */
export const allContracts = (prefix: string, makeHarness: () => Promise<ContractHarness>): void => {
  const of = <P>(pick: (harness: ContractHarness) => P) => subjectOf(makeHarness, pick);
  sessionRepositoryContract(
    `${prefix}SessionRepository`,
    of((h) => h.repos.sessions),
  );
  tokenLedgerContract(
    `${prefix}TokenLedger`,
    of((h) => h.repos.tokens),
  );
  historyRepositoryContract(
    `${prefix}HistoryRepository`,
    of((h) => h.repos.history),
  );
  riasecRepositoryContract(
    `${prefix}RiasecRepository`,
    of((h) => h.repos.riasec),
  );
  fitCheckRepositoryContract(
    `${prefix}FitCheckRepository`,
    of((h) => h.repos.fitChecks),
  );
  careerProfileRepositoryContract(
    `${prefix}CareerProfileRepository`,
    of((h) => h.repos.careerProfiles),
  );
  ikigaiRepositoryContract(
    `${prefix}IkigaiRepository`,
    of((h) => h.repos.ikigai),
  );
  recommendationRepositoryContract(
    `${prefix}RecommendationRepository`,
    of((h) => h.repos.recommendations),
  );
  professionCatalogueContract(
    `${prefix}ProfessionCatalogue`,
    of((h) => h.repos.catalogue),
  );
  idempotencyStoreContract(
    `${prefix}IdempotencyStore`,
    of((h) => h.idempotency),
  );
  sessionReadsContract(
    `${prefix}SessionReads`,
    of((h) => h.repos.reads),
  );
  unitOfWorkContract(
    `${prefix}UnitOfWork`,
    of((h) => h.uow),
  );
};
