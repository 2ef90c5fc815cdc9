// @ts-nocheck
import { TOKENS, buildContainer, createRescoreSession } from '@kenali/adapters';
import type { Command } from 'commander';
import { type CommandContext, CliFailure } from '../runtime/with-database.js';
import { describeCliError, toExitCode } from '../exit-codes.js';
import { budgetDecorators } from '../rescore/ai-budget.js';
import { RunFailure } from '../rescore/batch-source.js';
import { positiveInt, positiveNumber } from '../rescore/cli-numbers.js';
import { printSummary, resultPrinter } from '../rescore/output.js';
import { createProgress } from '../rescore/progress.js';
import { DEFAULT_QUEUE, openQueue } from '../rescore/queue.js';
import { StopSignal } from '../rescore/stop-signal.js';
import { runWorker } from '../rescore/worker-loop.js';
import { withDatabase } from '../runtime/with-database.js';

interface WorkerCommandOptions {
  readonly queue: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly pollInterval: number;
  readonly untilEmpty?: boolean;
  readonly aiRps?: number;
  readonly json?: boolean;
  readonly progressInterval: number;
}

const HELP = `
Drains the queue filled by "kenali rescore --enqueue": start as many workers as wanted, on any machine
that reaches the database. Each job is handed to one worker (pg-boss, SELECT … FOR UPDATE SKIP LOCKED);
a failed job is retried by pg-boss, and a session is changed at most once whatever happens, since the
rescore is idempotent and version-checked. SIGINT/SIGTERM finishes the fetched batch, then exits 0.

Exit codes: 0 stopped (signal, or queue empty with --until-empty); 1 unexpected failure;
2 usage error; 4 database unavailable.`;

const work = async (context: CommandContext, o: WorkerCommandOptions): Promise<void> => {
  const { knex } = context.database;
  const container = buildContainer(context.config, { knex, redis: undefined, logger: context.logger });
  const progress = createProgress('worker', o.progressInterval * 1000);
  const json = o.json === true;
  const stop = new StopSignal().install((signal) =>
    process.stderr.write(`kenali worker: ${signal}: finishing the current batch (again to abort)\n`),
  );
  const boss = await openQueue(knex, o.queue, 'worker');
  // Tells supervisors and tests the worker is polling (stderr, like all progress).
  process.stderr.write(
    `${JSON.stringify({ type: 'worker', state: 'ready', queue: o.queue, pid: process.pid })}\n`,
  );
  try {
    const tally = await runWorker(
      {
        boss,
        selection: container.get(TOKENS.RescoreSelection),
        rescore: createRescoreSession(container, budgetDecorators(o.aiRps ?? null)),
        stop,
        progress,
        onResult: resultPrinter(progress, json, 'worker'),
      },
      {
        queue: o.queue,
        batchSize: o.batchSize,
        concurrency: o.concurrency,
        pollMs: o.pollInterval * 1000,
        untilEmpty: o.untilEmpty === true,
      },
    );
    const facts = {
      command: 'worker',
      dryRun: false,
      runId: null,
      total: null,
      interrupted: false,
      lastSessionId: null,
    };
    printSummary(progress, json, facts, tally);
  } catch (caught) {
    if (!(caught instanceof RunFailure)) throw caught;
    throw new CliFailure(describeCliError(caught.error), toExitCode(caught.error));
  } finally {
    stop.uninstall();
    await boss.stop({ graceful: true, close: false, timeout: 5_000 });
  }
};

/** `kenali worker`: rescoring jobs from the pg-boss queue, any number of processes. */
export const registerWorkerCommand = (program: Command): void => {
  program
    .command('worker')
    .description('drain the rescoring queue filled by "kenali rescore --enqueue"')
    .option('--queue <name>', 'pg-boss queue name', DEFAULT_QUEUE)
    .option('--batch-size <n>', 'jobs fetched at once', positiveInt, 20)
    .option('--concurrency <n>', 'sessions in flight', positiveInt, 8)
    .option('--poll-interval <seconds>', 'wait between polls of an empty queue', positiveNumber, 2)
    .option('--until-empty', 'exit once the queue is empty instead of waiting for more jobs')
    .option('--ai-rps <n>', 'at most n AI calls per second in this process', positiveNumber)
    .option('--json', 'one JSON line per session on stdout')
    .option(
      '--progress-interval <seconds>',
      'JSON progress period when stderr is not a terminal',
      positiveNumber,
      5,
    )
    .addHelpText('after', HELP)
    .action((options: WorkerCommandOptions) => withDatabase((context) => work(context, options)));
};
