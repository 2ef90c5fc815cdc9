// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type { Command } from 'commander';
import { describeCliError, ExitCode, toExitCode, type CliError } from '../exit-codes.js';
import { readSource, sourcesFromArgs, type Source } from '../score/read-source.js';
import { scoreDocumentText } from '../score/score-document.js';

const HELP = `
Input document (JSON):
  {
    "candidates": [ { "profession_id": 10, "profession_name": "Desainer Grafis",
                      "congruence_score": 0.95, "display_order": 1 }, ... ],
    "dimensions": {
      "what_you_love":            { "selected_profession_id": 10 | null,
                                    "r_raw": [ { "profession_id": 10, "r_raw": 0.88 }, ... ] | null },
      "what_you_are_good_at":     { ... },
      "what_the_world_needs":     { ... },
      "what_you_can_be_paid_for": { ... }
    },
    "calculated_at": "2026-01-01T00:00:00Z"            (optional; default: now, UTC)
  }

Rules:
  - All four dimension keys are required: upstream scores only after every dimension is answered,
    so a document with a missing dimension is malformed (exit 2).
  - "r_raw": null means that dimension's AI call failed: every candidate gets r_raw 0.5 there and the
    dimension is listed in metadata.failed_dimensions (fallback_used: true).
  - A candidate absent from an r_raw array has no entry in that dimension and scores 0 there. Every
    r_raw entry must name a candidate, at most once; values outside [0, 1] are clamped.
  - A selected_profession_id that is not a candidate is ignored (nobody gets click points).
  - profession_name defaults to "Unknown", congruence_score to 0.5.

Output: one JSON line per input, in argument order:
  {"dimension_scores": <ikigai_dimension_scores.scores_data>, "total_scores": <ikigai_total_scores.scores_data>}

Exit codes: 0 all inputs scored; 2 at least one input unreadable, not JSON or malformed (one line on
stderr per failed input, naming the input and the offending field; the other inputs are still printed);
1 unexpected failure.`;

const reportFailure = (source: Source, error: CliError): ExitCode => {
  // Exactly one line per failed input, whatever the underlying message contains.
  const detail = describeCliError(error).replace(/\s+/g, ' ');
  process.stderr.write(`kenali score: ${source.name}: ${detail}\n`);
  return toExitCode(error);
};

const scoreSources = async (files: readonly string[]): Promise<ExitCode> => {
  let exitCode: ExitCode = ExitCode.Ok;
  // Sequential on purpose: output lines must follow argument order, and stdin is read at most once usefully.
  for (const source of sourcesFromArgs(files)) {
    const read = await readSource(source);
    const outcome = read.ok
      ? scoreDocumentText(read.text, () => new Date().toISOString())
      : E.left(read.error);
    if (E.isRight(outcome)) process.stdout.write(`${outcome.right}\n`);
    else exitCode = Math.max(exitCode, reportFailure(source, outcome.left)) as ExitCode;
  }
  return exitCode;
};

/** `kenali score [files...]`: offline Ikigai scoring of JSON documents (stdin when no file is given). */
export const registerScoreCommand = (program: Command): void => {
  program
    .command('score')
    .description('Score Ikigai sessions offline: one JSON document per file (or stdin) -> one JSON line each')
    .argument('[files...]', 'input JSON documents; none or "-" reads one document from stdin')
    .addHelpText('after', HELP)
    .action(async (files: string[]) => {
      process.exitCode = await scoreSources(files);
    });
};
