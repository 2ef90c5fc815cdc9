/**
 * An expected failure with its exit code; main prints the message as one line. Kept free of imports: main
 * loads it for every command, and `kenali serve` must not load the adapters before the server bundle does.
 */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
