// @ts-nocheck
import { type ProfessionId, UserId, ProfessionId as toProfessionId } from '@kenali/domain';
import {
  InMemoryDatabase,
  InMemoryIdempotencyStore,
  InMemoryUnitOfWork,
  inMemoryRepositories,
} from '../../fakes/index.js';
import { type ProfessionSpec, canonicalCode, uuid } from '../../fakes/mothers/index.js';
import type { ContractHarness, Seeder } from '../contract-subject.js';

const ensureCode = (db: InMemoryDatabase, code: string) =>
  [...db.state.codes.values()].find((c) => c.riasec_code === code) ?? db.addCode(canonicalCode(code));

/** The fakes on one fresh InMemoryDatabase; the seeder writes straight into its state. */
export const inMemoryHarness = (): Promise<ContractHarness & { readonly db: InMemoryDatabase }> => {
  const db = InMemoryDatabase.empty();
  let professionIds = 5000;
  const seed: Seeder = {
    user: ({ tokens = 0 } = {}) => Promise.resolve(db.addUser(UserId(uuid()), { tokens })),
    code: (code) => Promise.resolve(ensureCode(db, code)),
    profession: (spec: ProfessionSpec): Promise<ProfessionId> =>
      Promise.resolve(
        db.addProfession({
          id: toProfessionId(++professionIds),
          name: spec.name,
          riasec_code_id: spec.code === null ? null : ensureCode(db, spec.code).id,
          about_description: spec.about,
          riasec_description: spec.riasecDescription,
          activities: spec.activities,
          hard_skills: spec.hardSkills,
          soft_skills: spec.softSkills,
          tools: spec.tools,
          paths: spec.paths,
        }),
      ),
    balance: (user) => Promise.resolve(db.state.wallets.get(user)),
    ledger: (user) =>
      Promise.resolve(
        db.state.ledger.filter((row) => row.user === user).map(({ user: _user, ...entry }) => entry),
      ),
    history: (session) =>
      Promise.resolve(
        db.state.history
          .filter((row) => row.session === Number(session))
          .map(({ user, category, status, started_at, completed_at }) => ({
            user,
            category,
            status,
            started_at,
            completed_at,
          })),
      ),
    riasecAnswers: (session) => Promise.resolve(db.state.submissions.get(Number(session))?.answers),
    ikigaiCompletion: (session) => {
      const row = db.state.ikigaiResponses.get(Number(session));
      return Promise.resolve(row && { completed: row.completed, completed_at: row.completed_at });
    },
  };
  return Promise.resolve({
    db,
    repos: inMemoryRepositories(db),
    uow: new InMemoryUnitOfWork(db),
    idempotency: new InMemoryIdempotencyStore(db),
    seed,
    cleanup: () => Promise.resolve(),
  });
};
