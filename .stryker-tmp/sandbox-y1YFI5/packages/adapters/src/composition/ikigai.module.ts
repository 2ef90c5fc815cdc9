// @ts-nocheck
import {
  type Clock,
  type ContentCache,
  type IkigaiContentWriter,
  type NarrativeWriter,
  type RelevanceJudge,
  type Repositories,
  type UnitOfWork,
  FinalizeIkigai,
  GetIkigaiContent,
  GetIkigaiResult,
  IkigaiContent,
  StartIkigai,
  SubmitAssessment,
  SubmitDimension,
} from '@kenali/domain';
import { ContainerModule } from 'inversify';
import { TOKENS } from './tokens.js';

/** The Ikigai use cases, built from their ports (no decorators in the domain). */
export const ikigaiModule = () =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.IkigaiContent)
      .toResolvedValue(
        (repos: Repositories, writer: IkigaiContentWriter, cache: ContentCache, clock: Clock) =>
          new IkigaiContent(repos.catalogue, writer, cache, clock),
        [TOKENS.Repositories, TOKENS.ContentWriter, TOKENS.ContentCache, TOKENS.Clock],
      )
      .inSingletonScope();
    bind(TOKENS.FinalizeIkigai)
      .toResolvedValue(
        (
          uow: UnitOfWork,
          repos: Repositories,
          judge: RelevanceJudge,
          narrator: NarrativeWriter,
          clock: Clock,
        ) => new FinalizeIkigai(uow, repos, judge, narrator, clock),
        [TOKENS.UnitOfWork, TOKENS.Repositories, TOKENS.RelevanceJudge, TOKENS.NarrativeWriter, TOKENS.Clock],
      )
      .inSingletonScope();
    bind(TOKENS.StartIkigai)
      .toResolvedValue(
        (uow: UnitOfWork, repos: Repositories, content: IkigaiContent, clock: Clock) =>
          new StartIkigai(uow, repos, content, clock),
        [TOKENS.UnitOfWork, TOKENS.Repositories, TOKENS.IkigaiContent, TOKENS.Clock],
      )
      .inSingletonScope();
    bind(TOKENS.GetIkigaiContent)
      .toResolvedValue(
        (repos: Repositories, content: IkigaiContent) => new GetIkigaiContent(repos, content),
        [TOKENS.Repositories, TOKENS.IkigaiContent],
      )
      .inSingletonScope();
    bind(TOKENS.SubmitDimension)
      .toResolvedValue(
        (uow: UnitOfWork, finalize: FinalizeIkigai, clock: Clock) =>
          new SubmitDimension(uow, finalize, clock),
        [TOKENS.UnitOfWork, TOKENS.FinalizeIkigai, TOKENS.Clock],
      )
      .inSingletonScope();
    bind(TOKENS.SubmitAssessment)
      .toResolvedValue(
        (uow: UnitOfWork, dimensions: SubmitDimension, finalize: FinalizeIkigai) =>
          new SubmitAssessment(uow, dimensions, finalize),
        [TOKENS.UnitOfWork, TOKENS.SubmitDimension, TOKENS.FinalizeIkigai],
      )
      .inSingletonScope();
    bind(TOKENS.GetIkigaiResult)
      .toResolvedValue(
        (repos: Repositories, finalize: FinalizeIkigai) => new GetIkigaiResult(repos, finalize),
        [TOKENS.Repositories, TOKENS.FinalizeIkigai],
      )
      .inSingletonScope();
  });
