// @ts-nocheck
import { TOKENS, buildContainer, createRescoreSession } from '@kenali/adapters';
import { type RescoreFilter, type RescoreMode, SessionId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { type CliError, describeCliError, toExitCode } from '../exit-codes.js';
import { type CommandContext, CliFailure } from '../runtime/with-database.js';
import { budgetDecorators } from './ai-budget.js';
import { RunFailure } from './batch-source.js';
import { enqueueSelection } from './enqueue.js';
import { defaultActor, printSummary, resultPrinter } from './output.js';
import { createProgress } from './progress.js';
import { type ParsedRescore, type RawRescoreOptions, parseRescoreOptions } from './rescore-options.js';
import { runRescore } from './runner.js';
import { filterFromJson } from './selection-json.js';
import { StopSignal } from './stop-signal.js';

export interface RescoreCommandOptions extends RawRescoreOptions {
  readonly aiRps?: number;
  readonly json?: boolean;
  readonly quiet?: boolean;
  readonly queue: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly actor?: string;
  readonly reason?: string;
  readonly progressInterval: number;
  readonly stopAfter?: number;
}

const fail = (error: CliError): never => {
  throw new CliFailure(describeCliError(error), toExitCode(error));
};

const MODE_FLAG: Record<RescoreMode, string> = {
  reuse: '--reuse-ai-scores',
  reask: '--reask',
  'reask-failed': '--reask-failed',
};

interface Target {
  readonly filter: RescoreFilter;
  readonly mode: RescoreMode;
  readonly reason: string;
  readonly after: number | null;
  readonly resumedFrom: number | null;
}

/** Usage errors are reported before any database is opened. */
export const parseOrFail = (o: RescoreCommandOptions): ParsedRescore => {
  const parsed = parseRescoreOptions(o);
  return E.isLeft(parsed) ? fail(parsed.left) : parsed.right;
};

export const rescoreAction = async (
  context: CommandContext,
  o: RescoreCommandOptions,
  parsed: ParsedRescore,
): Promise<void> => {
  const { knex } = context.database;
  const container = buildContainer(context.config, { knex, redis: undefined, logger: context.logger });
  const selection = container.get(TOKENS.RescoreSelection);
  const runs = container.get(TOKENS.RescoreRuns);
  const json = o.json === true;
  const actor = o.actor ?? defaultActor();
  const progress = createProgress('rescore', o.progressInterval * 1000);

  if (parsed.action === 'enqueue') {
    const { filter, mode } = parsed;
    const reason = o.reason ?? `kenali rescore ${MODE_FLAG[mode]}`;
    const options = { queue: o.queue, filter, mode, actor, reason, batchSize: o.batchSize };
    let enqueued: number;
    try {
      enqueued = await enqueueSelection(knex, selection, options);
    } catch (caught) {
      if (caught instanceof RunFailure) return fail(caught.error);
      throw caught;
    }
    const summary = { type: 'summary', command: 'rescore --enqueue', queue: o.queue, enqueued };
    progress.print(json ? JSON.stringify(summary) : `rescore: ${enqueued} session(s) queued on ${o.queue}`);
    return;
  }

  let target: Target;
  if (parsed.action === 'resume') {
    const latest = await runs.latest();
    if (!latest || latest.status === 'completed') {
      return fail({ _tag: 'NothingToResume', message: 'no interrupted rescore run to resume' });
    }
    const filter = filterFromJson(latest.selection);
    if (E.isLeft(filter)) return fail({ _tag: 'NothingToResume', message: filter.left });
    target = {
      filter: filter.right,
      mode: latest.mode,
      reason: o.reason ?? latest.reason,
      after: latest.lastSessionId,
      resumedFrom: latest.id,
    };
  } else {
    const { filter, mode } = parsed;
    target = {
      filter,
      mode,
      reason: o.reason ?? `kenali rescore ${MODE_FLAG[mode]}`,
      after: null,
      resumedFrom: null,
    };
  }

  const dryRun = parsed.action === 'dry-run';
  const rescore = createRescoreSession(container, budgetDecorators(o.aiRps ?? null));
  const stop = new StopSignal().install((signal) =>
    process.stderr.write(
      `kenali rescore: ${signal}: stopping after the sessions in flight (again to abort)\n`,
    ),
  );
  try {
    const run = await runRescore(
      {
        selection,
        rescore,
        runs,
        stop,
        progress,
        onResult: resultPrinter(progress, json, 'rescore', o.quiet === true),
      },
      {
        filter: target.filter,
        request: { actor, reason: target.reason, mode: target.mode, runId: null, dryRun },
        after: target.after === null ? null : SessionId(target.after),
        resumedFrom: target.resumedFrom,
        batchSize: o.batchSize,
        concurrency: o.concurrency,
        stopAfter: o.stopAfter ?? null,
      },
    );
    if (E.isLeft(run)) return fail(run.left);
    const { tally, interrupted, lastSessionId, runId, total } = run.right;
    printSummary(
      progress,
      json,
      { command: 'rescore', dryRun, runId, total, interrupted, lastSessionId },
      tally,
    );
    if (interrupted) return fail({ _tag: 'Interrupted', lastSessionId });
    if (tally.failed > 0) return fail({ _tag: 'SessionsFailed', failed: tally.failed });
  } finally {
    stop.uninstall();
  }
};
