// @ts-nocheck
import type {
  IdempotencyStore,
  NewSession,
  ProfessionId,
  Repositories,
  RiasecCodeRecord,
  Session,
  SessionId,
  SessionStatus,
  StoredAnswer,
  UnitOfWork,
  UserId,
} from '@kenali/domain';
import { SessionMother } from '../fakes/mothers/index.js';
import type { ProfessionSpec } from '../fakes/mothers/index.js';
import { runRight } from '../support/expect-either.js';

export interface LedgerEntry {
  readonly direction: string;
  readonly amount: number;
  readonly balance_before: number;
  readonly balance_after: number;
  readonly reference: string;
  readonly description: string;
  readonly occurred_at: Date;
}

export interface HistoryEntry {
  readonly user: UserId;
  readonly category: number;
  readonly status: string;
  readonly started_at: Date;
  readonly completed_at: Date | null;
}

/**
 * Writes and reads that go around the port under test, straight to the backing store (knex for PostgreSQL,
 * the state object for the fakes): what the Go backend or the seed command put there, and what a port
 * wrote but has no read method for.
 */
export interface Seeder {
  /** A user with a wallet of `tokens` (default 0); `tokens: null` means no wallet at all. */
  user(options?: { readonly tokens?: number | null }): Promise<UserId>;
  /** A `riasec_codes` row exactly as `kenali seed` writes it. */
  code(code: string): Promise<RiasecCodeRecord>;
  profession(spec: ProfessionSpec): Promise<ProfessionId>;
  balance(user: UserId): Promise<number | undefined>;
  /** The user's ledger rows, oldest first. */
  ledger(user: UserId): Promise<readonly LedgerEntry[]>;
  history(session: SessionId): Promise<readonly HistoryEntry[]>;
  riasecAnswers(session: SessionId): Promise<readonly StoredAnswer[] | undefined>;
  ikigaiCompletion(
    session: SessionId,
  ): Promise<{ completed: boolean; completed_at: Date | null } | undefined>;
}

/** One backend (PostgreSQL or the fakes): every port, seeded and cleaned up the same way. */
export interface ContractHarness {
  /** Repositories bound to the pool (outside any unit of work). */
  readonly repos: Repositories;
  readonly uow: UnitOfWork;
  readonly idempotency: IdempotencyStore;
  readonly seed: Seeder;
  /** Removes everything this harness created. */
  cleanup(): Promise<void>;
}

/** What each contract suite receives per test: the port under test, the harness around it. */
export interface ContractSubject<P> {
  readonly subject: P;
  readonly harness: ContractHarness;
  cleanup(): Promise<void>;
}

export const subjectOf =
  <P>(makeHarness: () => Promise<ContractHarness>, pick: (harness: ContractHarness) => P) =>
  async (): Promise<ContractSubject<P>> => {
    const harness = await makeHarness();
    return { subject: pick(harness), harness, cleanup: () => harness.cleanup() };
  };

/** A session in `status`, written through the session port (whose own contract covers these two calls). */
export const seedSession = async (
  repos: Repositories,
  fresh: NewSession,
  status: SessionStatus = 'riasec_ongoing',
  at = new Date('2026-03-01T08:30:00.000Z'),
): Promise<Session> => {
  const inserted = await runRight(repos.sessions.insert(fresh));
  if (status === 'riasec_ongoing') return inserted;
  const moved = SessionMother.advanced(inserted, status, at);
  await runRight(repos.sessions.saveTransition(moved));
  return moved;
};

/** A RECOMMENDATION session of a fresh user. */
export const seedRecommendationSession = async (
  harness: ContractHarness,
  status: SessionStatus = 'riasec_ongoing',
): Promise<Session> => {
  const user = await harness.seed.user();
  return seedSession(harness.repos, SessionMother.recommendation(user), status);
};
