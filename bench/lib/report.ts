// One row per measured number, with its target and verdict; printed as a table, stored as JSON.
import { pathToFileURL } from 'node:url';

export interface Row {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** e.g. `≤ 25 ms`; absent for context numbers that have no target. */
  readonly target?: string;
  readonly met?: boolean;
}

export interface BenchReport {
  readonly bench: string;
  readonly rows: Row[];
  /** Free-form details (raw percentiles, sample counts, notes) kept in the JSON result. */
  readonly details: Record<string, unknown>;
}

const r2 = (value: number): number => Math.round(value * 100) / 100;

/** A row without a target. */
export const info = (bench: string, metric: string, value: number, unit: string): Row => ({
  bench,
  metric,
  value: r2(value),
  unit,
});

/** A row checked against `≤ limit` or `≥ limit`. */
export const check = (
  bench: string,
  metric: string,
  value: number,
  unit: string,
  op: '<=' | '>=',
  limit: number,
): Row => ({
  bench,
  metric,
  value: r2(value),
  unit,
  target: `${op === '<=' ? '≤' : '≥'} ${limit.toLocaleString('en')} ${unit}`,
  met: op === '<=' ? value <= limit : value >= limit,
});

const verdict = (row: Row): string => (row.met === undefined ? '' : row.met ? 'met' : 'MISSED');

const cells = (row: Row): string[] => [
  row.bench,
  row.metric,
  `${row.value.toLocaleString('en')} ${row.unit}`,
  row.target ?? '',
  verdict(row),
];

const HEADER = ['bench', 'metric', 'value', 'target', 'verdict'];

/** A Markdown table (also readable on a terminal). */
export const markdownTable = (rows: readonly Row[]): string => {
  const lines = [HEADER, HEADER.map(() => '---'), ...rows.map(cells)];
  return lines.map((line) => `| ${line.join(' | ')} |`).join('\n');
};

export const printTable = (rows: readonly Row[]): void => {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((line) => line[i].length)));
  for (const [n, line] of table.entries()) {
    console.log(line.map((cell, i) => cell.padEnd(widths[i])).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
};

/** True when this module is the script node was started with. */
export const isMain = (url: string): boolean =>
  process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
