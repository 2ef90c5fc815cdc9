// @ts-nocheck
import { hostname, userInfo } from 'node:os';
import type { SelectedSession } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { SessionResult } from './batches.js';
import type { Progress } from './progress.js';
import { describeRescoreError } from './rescore-errors.js';
import { sessionJson, tableHeader, tableRow } from './report.js';
import type { Tally } from './tally.js';

/** Default "who" of a revision: the operator's login on this machine. */
export const defaultActor = (): string => {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return `unknown@${hostname()}`;
  }
};

/**
 * Per-session output on stdout: every session as a JSON line with `--json`; otherwise a table of the
 * sessions that changed (or failed), with failures also named on stderr. `quiet` keeps only failures.
 */
export const resultPrinter = (progress: Progress, json: boolean, command: string, quiet = false) => {
  let headerPrinted = false;
  return (selected: SelectedSession, result: SessionResult): void => {
    if (quiet && E.isRight(result)) return;
    if (json) {
      progress.print(JSON.stringify(sessionJson(selected, result)));
      return;
    }
    if (E.isLeft(result)) {
      process.stderr.write(
        `kenali ${command}: session ${selected.token}: ${describeRescoreError(result.left)}\n`,
      );
    }
    const line = tableRow(selected, result);
    if (line === null) return;
    if (!headerPrinted) progress.print(tableHeader());
    headerPrinted = true;
    progress.print(line);
  };
};

export interface SummaryFacts {
  readonly command: string;
  readonly dryRun: boolean;
  readonly runId: number | null;
  readonly total: number | null;
  readonly interrupted: boolean;
  readonly lastSessionId: number | null;
}

export const printSummary = (progress: Progress, json: boolean, facts: SummaryFacts, tally: Tally): void => {
  if (json) {
    progress.print(
      JSON.stringify({
        type: 'summary',
        command: facts.command,
        dry_run: facts.dryRun,
        run_id: facts.runId,
        selected: facts.total,
        ...tally.snapshot(),
        interrupted: facts.interrupted,
        last_session_id: facts.lastSessionId,
        elapsed_ms: tally.elapsedMs,
        per_second: tally.perSecond,
      }),
    );
    return;
  }
  const seconds = (tally.elapsedMs / 1000).toFixed(1);
  progress.print(
    `${facts.command}: ${tally.processed}${facts.total === null ? '' : ` of ${facts.total}`} session(s) in ${seconds} s` +
      ` — ${tally.changed} changed, ${tally.unchanged} unchanged, ${tally.finalized} finalized,` +
      ` ${tally.vanished} vanished, ${tally.failed} failed` +
      (facts.dryRun ? ' (dry run: nothing written)' : '') +
      (facts.runId === null ? '' : ` [run ${facts.runId}]`) +
      (facts.interrupted ? ` — interrupted after session id ${facts.lastSessionId ?? '-'}` : '') +
      `; peak RSS ${tally.snapshot().peak_rss_mb} MB`,
  );
};
