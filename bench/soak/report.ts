// The printed result: traffic, success rates, faults with their recovery times, and one PASS/FAIL line per
// invariant. The exit code follows the invariants.
import type { Traffic } from './client.js';
import type { FaultSummary } from './faults.js';

export interface Invariant {
  readonly name: string;
  readonly violations: number;
  readonly detail: string;
  readonly examples?: readonly string[];
}

const n = (value: number) => value.toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(2)} %`);

export interface TestCounts {
  readonly completed: number;
  readonly broken: number;
  readonly waysOut: number;
}

export const printTraffic = (traffic: Traffic, tests: TestCounts, seconds: number): void => {
  const statuses = [...traffic.statuses]
    .sort(([, a], [, b]) => b - a)
    .map(([status, count]) => `${status}: ${n(count)}`)
    .join(', ');
  console.log(`requests: ${n(traffic.requests)} in ${seconds} s (${statuses})`);
  console.log(
    `operations: ${n(traffic.operations)}; first-try success ${pct(traffic.firstTryOk, traffic.operations)}, ` +
      `after retries ${pct(traffic.eventuallyOk, traffic.operations)} (${n(traffic.gaveUp)} ran out of retries)`,
  );
  console.log(
    `complete tests: ${n(tests.completed)}; given up: ${n(tests.broken)}; ` +
      `starts refused for an open test and resolved by abandoning it: ${n(tests.waysOut)}`,
  );
};

export const printFaults = (summaries: readonly FaultSummary[], failedBeforeFirstFault: number): void => {
  console.log('faults (recovery = injection → end of the last failed attempt before the next fault):');
  if (summaries.length === 0) console.log('  none injected (run too short)');
  for (const f of summaries) {
    console.log(
      `  ${f.kind.padEnd(30)} ×${f.count}: lifted after ${n(f.medianDurationMs)} ms (median); ` +
        `recovery median ${n(f.medianRecoveryMs)} ms, max ${n(f.maxRecoveryMs)} ms; ${n(f.failedAttempts)} failed attempts`,
    );
  }
  console.log(`  failed attempts before the first fault: ${n(failedBeforeFirstFault)}`);
};

/** Prints the invariants; returns the number violated. */
export const printInvariants = (invariants: readonly Invariant[]): number => {
  console.log('invariants:');
  for (const i of invariants) {
    console.log(`  ${i.violations === 0 ? 'PASS' : 'FAIL'} ${i.name}: ${i.detail}`);
    for (const example of (i.examples ?? []).slice(0, 10)) console.log(`       ${example}`);
  }
  return invariants.filter((i) => i.violations > 0).length;
};
