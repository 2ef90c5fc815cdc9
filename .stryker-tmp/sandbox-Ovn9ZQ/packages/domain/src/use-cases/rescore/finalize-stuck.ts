// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { SelectedSession } from '../../ports/rescore-selection.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import type { FinalizeIkigai } from '../ikigai/finalize-ikigai.js';
import type { RescoreError, RescoreOutcome, RescoreRequest } from './rescore-types.js';

/** The outcome for a session that is gone, or no longer in the state it was selected in. */
export const vanished = (s: {
  readonly id: SelectedSession['id'];
  readonly token: SelectedSession['token'];
}) => ({ _tag: 'Vanished', session: { id: s.id, token: s.token } }) as const;

/**
 * Finishes a stuck session (four answers, no scores) exactly as the service does: FinalizeIkigai scores it
 * once under its row lock. One that completed meanwhile is reported as vanished, not finalized twice.
 */
export const finalizeStuck = (
  repos: Repositories,
  finalize: FinalizeIkigai,
  selected: SelectedSession,
  request: RescoreRequest,
): TE.TaskEither<RescoreError, RescoreOutcome> => {
  const session = { id: selected.id, token: selected.token };
  if (request.dryRun) return TE.right({ _tag: 'Finalized', session, top2: null, written: false });
  return pipe(
    repos.sessions.findOwned(selected.userId, selected.token),
    TE.chainW(
      O.match(
        () => TE.right<RescoreError, RescoreOutcome>(vanished(selected)),
        (found) =>
          found.status !== 'ikigai_ongoing'
            ? TE.right<RescoreError, RescoreOutcome>(vanished(selected))
            : pipe(
                finalize.execute(found),
                TE.map((response): RescoreOutcome => {
                  const [first, second] = response.top_2_professions;
                  const top2: [number | null, number | null] = [
                    first ? Number(first.profession_id) : null,
                    second ? Number(second.profession_id) : null,
                  ];
                  return { _tag: 'Finalized', session, top2, written: true };
                }),
              ),
      ),
    ),
  );
};
