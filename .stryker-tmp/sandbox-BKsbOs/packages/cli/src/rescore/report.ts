// @ts-nocheck
import type { RescoreError, RescoreOutcome, SelectedSession } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { describeRescoreError } from './rescore-errors.js';

type Result = E.Either<RescoreError, RescoreOutcome>;

/** One JSON line per processed session (`--json`): everything the diff says, snake_case like the documents. */
export const sessionJson = (selected: SelectedSession, result: Result): Record<string, unknown> => {
  const base = {
    type: 'session',
    session_id: selected.id,
    session_token: selected.token,
    kind: selected.kind,
  };
  if (E.isLeft(result)) {
    return {
      ...base,
      outcome: 'failed',
      error_tag: result.left._tag,
      error: describeRescoreError(result.left),
    };
  }
  const o = result.right;
  switch (o._tag) {
    case 'Rescored':
      return {
        ...base,
        outcome: 'rescored',
        written: o.written,
        narrative: o.narrative,
        ...o.diff,
        ai_failures: o.aiFailures,
      };
    case 'Unchanged':
      return { ...base, outcome: 'unchanged', written: false, ai_failures: o.aiFailures };
    case 'Finalized':
      return { ...base, outcome: 'finalized', written: o.written, top_2_after: o.top2 };
    case 'Vanished':
      return { ...base, outcome: 'vanished', written: false };
    default: {
      const unreachable: never = o;
      return unreachable;
    }
  }
};

const pair = (p: readonly (number | null)[] | null): string => (p ? p.map((x) => x ?? '-').join(',') : '?');

const COLUMNS = [
  ['SESSION', 36],
  ['OUTCOME', 10],
  ['TOP-2 BEFORE', 13],
  ['TOP-2 AFTER', 13],
  ['MOVES', 6],
  ['MAX |Δ|', 8],
  ['NARRATIVE', 11],
  ['WRITTEN', 7],
] as const;

const row = (cells: readonly string[]): string =>
  cells
    .map((cell, i) => cell.padEnd(COLUMNS[i]?.[1] ?? 0))
    .join(' ')
    .trimEnd();

export const tableHeader = (): string => row(COLUMNS.map(([name]) => name));

/** A table row for a session whose result is worth a look; unchanged sessions are only counted. */
export const tableRow = (selected: SelectedSession, result: Result): string | null => {
  if (E.isLeft(result)) return row([selected.token, 'FAILED', describeRescoreError(result.left)]);
  const o = result.right;
  switch (o._tag) {
    case 'Rescored': {
      const d = o.diff;
      return row([
        selected.token,
        'rescored',
        pair(d.top_2_before),
        pair(d.top_2_after) + (d.top_2_changed ? ' *' : ''),
        String(d.rank_moves.length),
        d.max_abs_delta.toFixed(4),
        o.narrative,
        o.written ? 'yes' : 'no',
      ]);
    }
    case 'Finalized':
      return row([selected.token, 'finalized', '-', pair(o.top2), '-', '-', 'new', o.written ? 'yes' : 'no']);
    case 'Vanished':
      return row([selected.token, 'vanished']);
    case 'Unchanged':
      return null;
    default: {
      const unreachable: never = o;
      return unreachable;
    }
  }
};
