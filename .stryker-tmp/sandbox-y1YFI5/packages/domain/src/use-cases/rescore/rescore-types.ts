// @ts-nocheck
import type { PortError } from '../../errors/port-error.js';
import type { DimensionKey } from '../../model/dimension.js';
import type { SessionId, SessionToken } from '../../model/ids.js';
import type { NarrativeAction, RescoreAuthor } from '../../ports/score-revision-repository.js';
import type { ScoringError } from '../../scoring/scoring-error.js';
import type { FinalizeError } from '../ikigai/finalize-ikigai.js';
import type { RescoreDiff } from './rescore-diff.js';
import type { StoredScoresCorrupt } from './rescore-input.js';

/** One rescoring request: who and why (stored with each revision), and whether to write at all. */
export interface RescoreRequest extends RescoreAuthor {
  /** Compute and report, write nothing (a reask still calls the AI). */
  readonly dryRun: boolean;
}

export interface SessionRef {
  readonly id: SessionId;
  readonly token: SessionToken;
}

/**
 * What happened to one session. `written` is false in a dry run. `aiFailures` lists dimensions whose reask
 * failed: they kept their stored r_raw, so a broken AI never makes a stored score worse.
 */
export type RescoreOutcome =
  | { readonly _tag: 'Unchanged'; readonly session: SessionRef; readonly aiFailures: DimensionKey[] }
  | {
      readonly _tag: 'Rescored';
      readonly session: SessionRef;
      readonly diff: RescoreDiff;
      readonly narrative: NarrativeAction;
      readonly written: boolean;
      readonly aiFailures: DimensionKey[];
    }
  | {
      readonly _tag: 'Finalized';
      readonly session: SessionRef;
      /** The new top two (null in a dry run: finalizing needs the AI). */
      readonly top2: [number | null, number | null] | null;
      readonly written: boolean;
    }
  /** Deleted, or no longer in the selected state, between selection and processing. */
  | { readonly _tag: 'Vanished'; readonly session: SessionRef };

/** Another writer kept changing the session's scores; it was left alone after a few attempts. */
export interface RescoreConflict {
  readonly _tag: 'RescoreConflict';
  readonly session: SessionId;
}

export type RescoreError = PortError | ScoringError | StoredScoresCorrupt | FinalizeError | RescoreConflict;
