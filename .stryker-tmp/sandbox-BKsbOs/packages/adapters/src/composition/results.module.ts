// @ts-nocheck
import {
  type Clock,
  type PersonalityCache,
  type PersonalityWriter,
  type Repositories,
  type UnitOfWork,
  type FinalizeIkigai,
  GetActiveProfile,
  GetFitCheckResult,
  GetPersonalityResult,
  GetRecommendationResult,
  SetActiveProfile,
} from '@kenali/domain';
import { ContainerModule } from 'inversify';
import { TOKENS } from './tokens.js';

/** The result tabs and the active career profile (upstream §5), built from their ports. */
export const resultsModule = () =>
  new ContainerModule(({ bind }) => {
    bind(TOKENS.GetRecommendationResult)
      .toResolvedValue(
        (repos: Repositories, finalize: FinalizeIkigai) => new GetRecommendationResult(repos, finalize),
        [TOKENS.Repositories, TOKENS.FinalizeIkigai],
      )
      .inSingletonScope();
    bind(TOKENS.GetFitCheckResult)
      .toResolvedValue((repos: Repositories) => new GetFitCheckResult(repos), [TOKENS.Repositories])
      .inSingletonScope();
    bind(TOKENS.GetPersonalityResult)
      .toResolvedValue(
        (repos: Repositories, cache: PersonalityCache, writer: PersonalityWriter) =>
          new GetPersonalityResult(repos, cache, writer),
        [TOKENS.Repositories, TOKENS.PersonalityCache, TOKENS.PersonalityWriter],
      )
      .inSingletonScope();
    bind(TOKENS.GetActiveProfile)
      .toResolvedValue((repos: Repositories) => new GetActiveProfile(repos), [TOKENS.Repositories])
      .inSingletonScope();
    bind(TOKENS.SetActiveProfile)
      .toResolvedValue(
        (uow: UnitOfWork, clock: Clock) => new SetActiveProfile(uow, clock),
        [TOKENS.UnitOfWork, TOKENS.Clock],
      )
      .inSingletonScope();
  });
