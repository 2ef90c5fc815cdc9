// @ts-nocheck
import { type Command, Option } from 'commander';
import { withDatabase } from '../runtime/with-database.js';
import { positiveInt, positiveNumber } from '../rescore/cli-numbers.js';
import { DEFAULT_QUEUE } from '../rescore/queue.js';
import { type RescoreCommandOptions, parseOrFail, rescoreAction } from '../rescore/rescore-action.js';

const HELP = `
Selection (at least one; criteria combine with AND):
  --session T…         exactly these sessions (scored or stuck)
  --since/--until T    completion time, inclusive, ISO 8601 (a bare date is 00:00 UTC); stuck sessions,
                       which never completed, are matched on their start time
  --fallback-only      scored sessions whose metadata.failed_dimensions is not empty
  --stuck              sessions with four answers stored but no scores (finished via the normal finalize)
  --all                every scored and every stuck session
  Without --stuck/--fallback-only, scored sessions are taken (plus stuck ones with --all or --session).

Modes:
  --reuse-ai-scores    (default) recompute from the stored r_raw: no relevance AI calls; failed dimensions
                       stay failed (r_raw 0.5)
  --reask              ask the AI again for all four dimensions
  --reask-failed       ask again only for the dimensions listed in failed_dimensions
  A reask that fails for a dimension keeps its stored r_raw. The narrative is regenerated (one AI call)
  only when the top two change; otherwise its scores follow the new ranking. Finishing a stuck session
  makes the usual four relevance calls. --ai-rps caps all of these calls per second.

Writes: each session all or nothing, only if nobody changed it since it was read (up to 50 sessions share
a statement); the previous documents go to score_revisions (who, when, why).
Running the same command twice changes nothing the second time. Ctrl-C stops after the sessions in flight;
--resume continues the interrupted run after its last committed session (same selection and mode).

Output: --dry-run writes nothing and shows what would change: a table (sessions that change) or, with
--json, one JSON line per session; a summary ends both. Progress goes to stderr: a bar on a terminal,
JSON lines otherwise.

Scale out: --enqueue queues one pg-boss job per selected session in the same PostgreSQL; run
"kenali worker" in as many processes or machines as wanted to drain it.

Exit codes: 0 done; 1 unexpected failure; 2 usage error or nothing to resume; 3 some sessions failed
(named on stderr or in the JSON lines; the others were processed); 4 database unavailable;
130 interrupted (run again with --resume).`;

/** `kenali rescore`: offline rescoring of stored sessions (issue 7). */
export const registerRescoreCommand = (program: Command): void => {
  program
    .command('rescore')
    .description(
      'recompute stored Ikigai scores (after an AI outage, a formula fix) or finish stuck sessions',
    )
    .option('--session <tokens...>', 'session tokens')
    .option('--since <time>', 'completed at or after (ISO 8601)')
    .option('--until <time>', 'completed at or before (ISO 8601)')
    .option('--fallback-only', 'only sessions scored with a failed AI dimension')
    .option('--stuck', 'only sessions with four answers and no scores')
    .option('--all', 'every scored and stuck session')
    .option('--reuse-ai-scores', 'recompute from the stored r_raw (default)')
    .option('--reask', 'ask the AI again for every dimension')
    .option('--reask-failed', 'ask the AI again for failed dimensions only')
    .option('--ai-rps <n>', 'at most n AI calls per second', positiveNumber)
    .option('--dry-run', 'show what would change, write nothing')
    .option('--json', 'JSON lines on stdout instead of a table')
    .option('--quiet', 'print only failures and the summary (large runs)')
    .option('--resume', 'continue the last interrupted run')
    .option('--enqueue', 'queue one job per session for "kenali worker" instead of rescoring here')
    .option('--queue <name>', 'pg-boss queue name', DEFAULT_QUEUE)
    // 50: as fast as 100 within the noise with the writes pipelined, and ~30 MB less peak RSS (issue 7).
    .option('--batch-size <n>', 'sessions read per query (memory grows with it)', positiveInt, 50)
    .option('--concurrency <n>', 'sessions prepared and write statements in flight', positiveInt, 8)
    .option('--actor <who>', 'recorded as who rescored (default: user@host)')
    .option('--reason <why>', 'recorded as why (default: the mode)')
    .option(
      '--progress-interval <seconds>',
      'JSON progress period when stderr is not a terminal',
      positiveNumber,
      5,
    )
    .addOption(
      new Option('--stop-after <n>', 'stop as if interrupted after n sessions')
        .argParser(positiveInt)
        .hideHelp(),
    )
    .addHelpText('after', HELP)
    .action((options: RescoreCommandOptions) => {
      const parsed = parseOrFail(options);
      return withDatabase((context) => rescoreAction(context, options, parsed));
    });
};
