import { type PortError, type ScoringError, describeScoringError } from '@kenali/domain';
import type { RescoreCliError } from './rescore/rescore-errors.js';
import type { SourceError } from './score/read-source.js';
import { ExitCode } from './exit-code.js';
import type { InvalidJson } from './score/score-document.js';

export { ExitCode };

/** Every expected failure a command can report; one exhaustive mapping per ADR 0002. */
export type CliError = ScoringError | SourceError | InvalidJson | RescoreCliError | PortError;

export const toExitCode = (error: CliError): ExitCode => {
  switch (error._tag) {
    case 'SourceUnreadable':
    case 'InvalidJson':
    case 'ScoringInputInvalid':
    case 'NoCandidates':
    case 'DuplicateProfession':
    case 'UnknownProfession':
    case 'RescoreUsage':
    case 'NothingToResume':
      return ExitCode.InvalidInput;
    case 'SessionsFailed':
      return ExitCode.Partial;
    case 'Interrupted':
      return ExitCode.Interrupted;
    case 'PortError':
      return error.reason === 'unavailable' || error.reason === 'timeout'
        ? ExitCode.Unavailable
        : ExitCode.Failure;
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
};

/** The text after `<source>: ` on the single stderr line of a failed input. */
export const describeCliError = (error: CliError): string => {
  switch (error._tag) {
    case 'SourceUnreadable':
      return error.reason;
    case 'InvalidJson':
      return `invalid JSON: ${error.reason}`;
    case 'RescoreUsage':
    case 'NothingToResume':
      return error.message;
    case 'SessionsFailed':
      return `${error.failed} session(s) failed; the others were processed`;
    case 'Interrupted':
      return `interrupted after session id ${error.lastSessionId ?? '(none)'}; run again with --resume to continue`;
    case 'PortError':
      return `${error.port} ${error.reason}: ${error.message}`;
    default:
      return describeScoringError(error);
  }
};
