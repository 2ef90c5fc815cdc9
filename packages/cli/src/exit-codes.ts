import { describeScoringError, type ScoringError } from '@kenali/domain';
import type { SourceError } from './score/read-source.js';
import type { InvalidJson } from './score/score-document.js';

/**
 * Process exit codes of every kenali command:
 * 0 success; 1 unexpected failure (a bug, reported with a stack trace); 2 invalid input (usage error,
 * unreadable file, invalid JSON, malformed document).
 */
export const ExitCode = { Ok: 0, Failure: 1, InvalidInput: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Every expected failure a command can report; one exhaustive mapping per ADR 0002. */
export type CliError = ScoringError | SourceError | InvalidJson;

export const toExitCode = (error: CliError): ExitCode => {
  switch (error._tag) {
    case 'SourceUnreadable':
    case 'InvalidJson':
    case 'ScoringInputInvalid':
    case 'NoCandidates':
    case 'DuplicateProfession':
    case 'UnknownProfession':
      return ExitCode.InvalidInput;
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
    default:
      return describeScoringError(error);
  }
};
