// Without imports: main.ts loads it for every command, `kenali serve` included (ADR 0035).
/**
 * Process exit codes of every kenali command:
 * 0 success; 1 unexpected failure (a bug, reported with a stack trace); 2 invalid input (usage error,
 * unreadable file, invalid JSON, malformed document, nothing to resume); 3 partial: some sessions of a
 * rescore failed (each named on its own line), the others were processed; 4 the database is unavailable;
 * 5 the database has pending migrations (`kenali migrate plan` shows them, `kenali migrate up` applies them);
 * 130 interrupted (Ctrl-C / SIGTERM) after finishing the current sessions — `kenali rescore --resume`
 * continues.
 */
export const ExitCode = {
  Ok: 0,
  Failure: 1,
  InvalidInput: 2,
  Partial: 3,
  Unavailable: 4,
  MigrationsPending: 5,
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
