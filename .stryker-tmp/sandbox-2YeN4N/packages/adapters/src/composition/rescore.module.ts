// @ts-nocheck
import {
  type Clock,
  type NarrativeWriter,
  type RelevanceJudge,
  type RescoreSelection,
  type Repositories,
  type ScoreRevisionRepository,
  type UnitOfWork,
  FinalizeIkigai,
  RescoreSession,
} from '@kenali/domain';
import { ContainerModule, type ServiceIdentifier } from 'inversify';
import type { Knex } from 'knex';
import { PostgresRescoreRuns } from '../postgres/postgres-rescore-runs.js';
import { PostgresRescoreSelection } from '../postgres/postgres-rescore-selection.js';
import { PostgresScoreRevisions } from '../postgres/postgres-score-revisions.js';
import { TOKENS } from './tokens.js';

/** Offline rescoring (issue 7): its two ports, the run bookkeeping and the use case. */
export const rescoreModule = () =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.RescoreSelection)
      .toResolvedValue((knex: Knex) => new PostgresRescoreSelection(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.ScoreRevisions)
      .toResolvedValue((knex: Knex) => new PostgresScoreRevisions(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.RescoreRuns)
      .toResolvedValue((knex: Knex) => new PostgresRescoreRuns(knex), [TOKENS.Knex])
      .inSingletonScope();
    bind(TOKENS.RescoreSession)
      .toDynamicValue((context) => createRescoreSession(context))
      .inSingletonScope();
  });

/** Wraps the AI ports of a rescore, e.g. with an operator's `--ai-rps` budget. */
export interface AiDecorators {
  readonly judge?: (judge: RelevanceJudge) => RelevanceJudge;
  readonly narrator?: (narrator: NarrativeWriter) => NarrativeWriter;
}

/**
 * A RescoreSession from the container's ports. With decorators, the FinalizeIkigai that finishes stuck
 * sessions gets the same wrapped AI ports, so one budget covers every call of a run.
 */
/** What the factory needs of a container (a Container or a resolution context). */
export interface Resolver {
  get<T>(id: ServiceIdentifier<T>): T;
}

export const createRescoreSession = (container: Resolver, decorate: AiDecorators = {}): RescoreSession => {
  const judge = (decorate.judge ?? ((j: RelevanceJudge) => j))(container.get(TOKENS.RelevanceJudge));
  const narrator = (decorate.narrator ?? ((n: NarrativeWriter) => n))(container.get(TOKENS.NarrativeWriter));
  const repos: Repositories = container.get(TOKENS.Repositories);
  const clock: Clock = container.get(TOKENS.Clock);
  const uow: UnitOfWork = container.get(TOKENS.UnitOfWork);
  const selection: RescoreSelection = container.get(TOKENS.RescoreSelection);
  const revisions: ScoreRevisionRepository = container.get(TOKENS.ScoreRevisions);
  return new RescoreSession({
    selection,
    revisions,
    repos,
    judge,
    narrator,
    finalize: new FinalizeIkigai(uow, repos, judge, narrator, clock),
    clock,
  });
};
