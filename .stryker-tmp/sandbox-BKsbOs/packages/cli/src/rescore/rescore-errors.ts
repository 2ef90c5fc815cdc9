// @ts-nocheck
import { type RescoreError, describeScoringError } from '@kenali/domain';

/** Run-level failures of `kenali rescore` / `kenali worker` (per-session failures are RescoreError). */
export type RescoreCliError =
  | { readonly _tag: 'RescoreUsage'; readonly message: string }
  | { readonly _tag: 'NothingToResume'; readonly message: string }
  | { readonly _tag: 'SessionsFailed'; readonly failed: number }
  | { readonly _tag: 'Interrupted'; readonly lastSessionId: number | null };

export const rescoreUsage = (message: string): RescoreCliError => ({ _tag: 'RescoreUsage', message });

/** One line per failed session; exhaustive over every tag a rescore can fail with (ADR 0002). */
export const describeRescoreError = (error: RescoreError): string => {
  switch (error._tag) {
    case 'PortError':
      return `${error.port} ${error.reason}: ${error.message}`;
    case 'StoredScoresCorrupt':
      return `stored scores are corrupt at ${error.path}`;
    case 'RescoreConflict':
      return 'the scores kept changing under a concurrent writer; left as they are';
    case 'CandidatesMissing':
      return 'the session has no candidate list';
    case 'AnswersIncomplete':
      return 'the session lacks some of its four Ikigai answers';
    case 'SessionNotFound':
      return 'session not found';
    case 'WrongStatus':
      return `session is ${error.actual}, expected ${error.expected.join(' or ')}`;
    case 'WrongGoal':
      return `session goal is ${error.actual}, expected ${error.expected}`;
    case 'IkigaiNotUsed':
      return 'the session does not use Ikigai';
    case 'ScoringInputInvalid':
    case 'NoCandidates':
    case 'DuplicateProfession':
    case 'UnknownProfession':
      return describeScoringError(error);
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
};
