// @ts-nocheck
import { type RescoreFilter, type RescoreMode, SessionToken } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { type RescoreCliError, rescoreUsage } from './rescore-errors.js';

/** Options as commander hands them over (see rescore.command.ts for the flags). */
export interface RawRescoreOptions {
  readonly session?: string[];
  readonly since?: string;
  readonly until?: string;
  readonly fallbackOnly?: boolean;
  readonly stuck?: boolean;
  readonly all?: boolean;
  readonly reuseAiScores?: boolean;
  readonly reask?: boolean;
  readonly reaskFailed?: boolean;
  readonly dryRun?: boolean;
  readonly resume?: boolean;
  readonly enqueue?: boolean;
}

export type RescoreAction = 'run' | 'dry-run' | 'enqueue' | 'resume';

/** What to do; `filter` and `mode` are absent for `resume`, which reuses those of the interrupted run. */
export type ParsedRescore =
  | { readonly action: 'resume' }
  | {
      readonly action: Exclude<RescoreAction, 'resume'>;
      readonly filter: RescoreFilter;
      readonly mode: RescoreMode;
    };

const parseTime = (flag: string, value: string | undefined): E.Either<RescoreCliError, Date | null> => {
  if (value === undefined) return E.right(null);
  const time = new Date(value);
  return Number.isNaN(time.getTime())
    ? E.left(rescoreUsage(`${flag} ${JSON.stringify(value)}: expected an ISO 8601 date or time`))
    : E.right(time);
};

const modeOf = (o: RawRescoreOptions): E.Either<RescoreCliError, RescoreMode> => {
  const chosen = [o.reuseAiScores && 'reuse', o.reask && 'reask', o.reaskFailed && 'reask-failed'].filter(
    (m): m is RescoreMode => typeof m === 'string',
  );
  if (chosen.length > 1) {
    return E.left(rescoreUsage('choose one of --reuse-ai-scores, --reask, --reask-failed'));
  }
  return E.right(chosen[0] ?? 'reuse');
};

/**
 * Which sessions a selection takes (documented in the command help): `--stuck` and `--fallback-only` pick
 * those kinds; otherwise scored sessions, plus stuck ones when the operator names sessions or says `--all`.
 */
export const filterOf = (o: RawRescoreOptions, since: Date | null, until: Date | null): RescoreFilter => {
  const tokens = o.session && o.session.length > 0 ? o.session.map(SessionToken) : null;
  const fallbackOnly = o.fallbackOnly === true;
  const stuck = o.stuck === true;
  return {
    tokens,
    since,
    until,
    scored: fallbackOnly || !stuck,
    fallbackOnly,
    stuck: stuck || ((o.all === true || tokens !== null) && !fallbackOnly),
  };
};

const SELECTION_FLAGS = ['session', 'since', 'until', 'fallbackOnly', 'stuck', 'all'] as const;
const MODE_FLAGS = ['reuseAiScores', 'reask', 'reaskFailed'] as const;

export const parseRescoreOptions = (o: RawRescoreOptions): E.Either<RescoreCliError, ParsedRescore> => {
  const selects = SELECTION_FLAGS.some((k) => o[k] !== undefined && o[k] !== false);
  if (o.resume) {
    if (selects || MODE_FLAGS.some((k) => o[k]) || o.dryRun || o.enqueue) {
      return E.left(
        rescoreUsage('--resume takes the selection and mode of the interrupted run; give no other selection'),
      );
    }
    return E.right({ action: 'resume' });
  }
  if (!selects) {
    return E.left(
      rescoreUsage('nothing selected: give --session, --since/--until, --fallback-only, --stuck or --all'),
    );
  }
  if (o.dryRun && o.enqueue) return E.left(rescoreUsage('--dry-run and --enqueue exclude each other'));
  return build(o);
};

const build = (o: RawRescoreOptions): E.Either<RescoreCliError, ParsedRescore> => {
  const since = parseTime('--since', o.since);
  if (E.isLeft(since)) return since;
  const until = parseTime('--until', o.until);
  if (E.isLeft(until)) return until;
  const mode = modeOf(o);
  if (E.isLeft(mode)) return mode;
  const action = o.enqueue ? 'enqueue' : o.dryRun ? 'dry-run' : 'run';
  return E.right({ action, filter: filterOf(o, since.right, until.right), mode: mode.right });
};
