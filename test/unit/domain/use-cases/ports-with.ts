import type { PortError, ProfessionCatalogue, Repositories } from '@kenali/domain';
import { portError } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';

/** A port failure as an adapter reports it. */
export const unavailable = (port: string): PortError => portError(port, 'unavailable', `${port} is down`);

/**
 * The same repositories with some catalogue methods replaced: lets a test fail one of two concurrent calls,
 * which a fault queue (first call first) cannot single out.
 */
export const withCatalogue = (repos: Repositories, override: Partial<ProfessionCatalogue>): Repositories => {
  const base = repos.catalogue;
  const catalogue: ProfessionCatalogue = {
    professionsByCode: () => base.professionsByCode(),
    codes: () => base.codes(),
    codeById: (id) => base.codeById(id),
    profiles: (ids) => base.profiles(ids),
    briefs: (ids) => base.briefs(ids),
    ...override,
  };
  return { ...repos, catalogue };
};

/** A catalogue method that always fails. */
export const failing =
  (port = 'catalogue') =>
  () =>
    TE.left(unavailable(port));
