// @ts-nocheck
import type {
  ActiveCareerProfile,
  CareerStep,
  DimensionAnswer,
  DimensionKey,
  FitCheckRecord,
  Persona,
  PortError,
  ProfessionId,
  RiasecCodeId,
  RiasecCodeRecord,
  RiasecSubmission,
  SessionStatus,
  StoredRecommendation,
  StoredScores,
  TestGoal,
  UserId,
} from '@kenali/domain';
import { portError } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

/** A row of `careerprofile_test_sessions`, kept as the table holds it (the fake decodes it like the adapter). */
export interface SessionRow {
  readonly id: number;
  readonly user_id: UserId;
  readonly session_token: string;
  readonly persona_type: Persona;
  readonly test_goal: TestGoal;
  readonly target_profession_id: number | null;
  readonly uses_ikigai: boolean;
  readonly status: SessionStatus;
  readonly started_at: Date;
  readonly riasec_completed_at: Date | null;
  readonly ikigai_completed_at: Date | null;
  readonly completed_at: Date | null;
  readonly algorithm_version: string;
  readonly question_set_version: string;
}

export interface LedgerRow {
  readonly user: UserId;
  readonly direction: 'OUT';
  readonly amount: number;
  readonly balance_before: number;
  readonly balance_after: number;
  readonly reference: string;
  readonly description: string;
  readonly occurred_at: Date;
}

export interface HistoryRow {
  readonly id: number;
  readonly user: UserId;
  readonly category: number;
  readonly session: number;
  readonly status: 'ongoing' | 'completed';
  readonly started_at: Date;
  readonly completed_at: Date | null;
}

export interface IkigaiResponseRow {
  readonly answers: Partial<Record<DimensionKey, DimensionAnswer>>;
  readonly completed: boolean;
  readonly completed_at: Date | null;
  readonly created_at: Date;
}

/** A catalogue profession; its code string is looked up from `codes`, as the adapter joins `riasec_codes`. */
export interface ProfessionRow {
  readonly id: ProfessionId;
  readonly name: string;
  readonly riasec_code_id: RiasecCodeId | null;
  readonly about_description: string;
  readonly riasec_description: string;
  readonly activities: readonly string[];
  readonly hard_skills: readonly string[];
  readonly soft_skills: readonly string[];
  readonly tools: readonly string[];
  readonly paths: readonly CareerStep[];
}

export interface IdempotencyRow {
  readonly id: number;
  readonly user: UserId;
  readonly key: string;
  readonly fingerprint: string;
  readonly state: 'in_flight' | 'completed';
  readonly attempt: number;
  readonly locked_until: Date | null;
  readonly response: { status: number; headers: Record<string, string>; body: Uint8Array } | null;
  readonly created_at: Date;
  readonly expires_at: Date;
}

/** Everything the fakes store: plain data, so a unit of work can clone it and commit it back whole. */
export interface InMemoryState {
  users: Map<UserId, { fullname: string; role: string }>;
  wallets: Map<UserId, number>;
  ledger: LedgerRow[];
  sessions: Map<number, SessionRow>;
  history: HistoryRow[];
  categories: Set<number>;
  questionSets: Map<number, readonly number[]>;
  submissions: Map<number, RiasecSubmission>;
  fitChecks: Map<number, FitCheckRecord>;
  careerProfiles: Map<UserId, ActiveCareerProfile>;
  ikigaiResponses: Map<number, IkigaiResponseRow>;
  ikigaiScores: Map<number, StoredScores>;
  recommendations: Map<number, StoredRecommendation>;
  codes: Map<number, RiasecCodeRecord>;
  professions: Map<number, ProfessionRow>;
  idempotency: Map<string, IdempotencyRow>;
  sequences: { session: number; history: number; idempotency: number };
}

const emptyState = (): InMemoryState => ({
  users: new Map(),
  wallets: new Map(),
  ledger: [],
  sessions: new Map(),
  history: [],
  // The reference categories every database has (upstream §1.2): RIASEC, IKIGAI, CAREER_PROFILE.
  categories: new Set([1, 2, 3]),
  questionSets: new Map(),
  submissions: new Map(),
  fitChecks: new Map(),
  careerProfiles: new Map(),
  ikigaiResponses: new Map(),
  ikigaiScores: new Map(),
  recommendations: new Map(),
  codes: new Map(),
  professions: new Map(),
  idempotency: new Map(),
  sequences: { session: 0, history: 0, idempotency: 0 },
});

/** Thrown inside a fake operation to answer with a PortError, as a constraint violation does in PostgreSQL. */
export class Violation extends Error {
  constructor(readonly error: PortError) {
    super(error.message);
  }
}

export const violation = (port: string, reason: PortError['reason'], message: string): Violation =>
  new Violation(portError(port, reason, message));

/** Scripted failures: the next call of `<port>.<method>` answers with the given PortError. */
export class FaultPlan {
  private readonly planned = new Map<string, PortError[]>();

  failNext(operation: string, reason: PortError['reason'] = 'unavailable'): void {
    const [port] = operation.split('.');
    const queue = this.planned.get(operation) ?? [];
    queue.push(portError(port, reason, `scripted ${reason} failure of ${operation}`));
    this.planned.set(operation, queue);
  }

  take(operation: string): PortError | undefined {
    return this.planned.get(operation)?.shift();
  }
}

/**
 * The shared state object of every in-memory fake. Repositories read `state` on each call, so the same
 * classes serve the "pool" (this database) and a unit-of-work scope (a fork holding a private copy).
 */
export class InMemoryDatabase {
  /** Commits and rollbacks of units of work, in order: lets a test prove that a use case rolled back. */
  readonly transactions: ('commit' | 'rollback')[];
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    public state: InMemoryState,
    readonly faults: FaultPlan,
    transactions: ('commit' | 'rollback')[],
  ) {
    this.transactions = transactions;
  }

  static empty(): InMemoryDatabase {
    return new InMemoryDatabase(emptyState(), new FaultPlan(), []);
  }

  /** A private copy for one unit of work (same fault plan and transaction log). */
  fork(): InMemoryDatabase {
    return new InMemoryDatabase(structuredClone(this.state), this.faults, this.transactions);
  }

  /** Makes a fork's writes the committed state. */
  commit(fork: InMemoryDatabase): void {
    this.state = fork.state;
  }

  /** Runs `work` after every earlier exclusive run ended: units of work never interleave. */
  exclusive<A>(work: () => Promise<A>): Promise<A> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** One port operation: scripted fault first, then `body`; a thrown Violation becomes the Left. */
  op<A>(port: string, method: string, body: (state: InMemoryState) => A): TE.TaskEither<PortError, A> {
    return async () => {
      // A real driver call is asynchronous; yielding keeps concurrent callers honest about interleaving.
      await Promise.resolve();
      const fault = this.faults.take(`${port}.${method}`);
      if (fault) return E.left(fault);
      try {
        return E.right(structuredClone(body(this.state)));
      } catch (caught) {
        if (caught instanceof Violation) return E.left(caught.error);
        throw caught;
      }
    };
  }

  // ---- direct seeding (what the Go backend or the seed command would have written) ----

  addUser(id: UserId, options: { tokens?: number | null; role?: string; fullname?: string } = {}): UserId {
    this.state.users.set(id, { fullname: options.fullname ?? 'Pengguna Uji', role: options.role ?? 'USER' });
    const tokens = options.tokens === undefined ? 0 : options.tokens;
    if (tokens !== null) this.state.wallets.set(id, tokens);
    return id;
  }

  addCode(record: RiasecCodeRecord): RiasecCodeRecord {
    this.state.codes.set(Number(record.id), structuredClone(record));
    return record;
  }

  addProfession(row: ProfessionRow): ProfessionId {
    this.state.professions.set(Number(row.id), structuredClone(row));
    return row.id;
  }
}
