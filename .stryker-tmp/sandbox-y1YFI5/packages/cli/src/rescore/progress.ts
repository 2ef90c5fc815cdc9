// @ts-nocheck
import cliProgress from 'cli-progress';
import type { Tally } from './tally.js';

/** Progress on stderr: a bar on a terminal, periodic JSON lines otherwise (logs, CI, pipes). */
export interface Progress {
  start(total: number | null): void;
  update(tally: Tally): void;
  stop(tally: Tally): void;
  /** Writes one result line to stdout without tearing the bar. */
  print(line: string): void;
}

const progressJson = (tally: Tally, total: number | null, label: string, final: boolean): string =>
  JSON.stringify({
    type: 'progress',
    label,
    final,
    total,
    ...tally.snapshot(),
    per_second: tally.perSecond,
    elapsed_ms: tally.elapsedMs,
  });

class JsonProgress implements Progress {
  private timer: NodeJS.Timeout | undefined;
  private total: number | null = null;
  private latest: Tally | undefined;

  constructor(
    private readonly label: string,
    private readonly intervalMs: number,
  ) {}

  start(total: number | null): void {
    this.total = total;
    this.timer = setInterval(() => {
      if (this.latest) process.stderr.write(`${progressJson(this.latest, this.total, this.label, false)}\n`);
    }, this.intervalMs);
    this.timer.unref();
  }

  update(tally: Tally): void {
    this.latest = tally;
  }

  stop(tally: Tally): void {
    clearInterval(this.timer);
    process.stderr.write(`${progressJson(tally, this.total, this.label, true)}\n`);
  }

  print(line: string): void {
    process.stdout.write(`${line}\n`);
  }
}

class BarProgress implements Progress {
  private readonly bars: cliProgress.MultiBar;
  private bar: cliProgress.SingleBar | undefined;

  constructor(label: string) {
    this.bars = new cliProgress.MultiBar(
      {
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
        format: `${label} |{bar}| {value}/{total} | {changed} changed, {failed} failed | {rate}/s | eta {eta_formatted}`,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number | null): void {
    this.bar = this.bars.create(total ?? 0, 0, { changed: 0, failed: 0, rate: 0 });
  }

  update(tally: Tally): void {
    this.bar?.update(tally.processed, {
      changed: tally.changed,
      failed: tally.failed,
      rate: tally.perSecond,
    });
  }

  stop(tally: Tally): void {
    this.update(tally);
    this.bars.stop();
  }

  print(line: string): void {
    // Both streams on one terminal: print above the bar; otherwise stdout is a file or pipe and unaffected.
    if (process.stdout.isTTY) this.bars.log(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  }
}

export const createProgress = (label: string, intervalMs: number): Progress =>
  process.stderr.isTTY ? new BarProgress(label) : new JsonProgress(label, intervalMs);
