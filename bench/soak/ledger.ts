// What the users were told: every acknowledged write, the start keys each user sent, the replays compared,
// and the answers no correct client should get. The invariants are checked against it at the end.
import type { Answer, Request } from './client.js';

export type Goal = 'RECOMMENDATION' | 'FIT_CHECK';

/** One acknowledged (2xx) write and what it must have left in the database. */
export interface Ack {
  readonly kind: 'start' | 'riasec' | 'ikigai-start' | 'dimension' | 'abandon';
  readonly user: string;
  readonly token: string;
  readonly goal?: Goal;
  /** 0–3 for `dimension`. */
  readonly dimension?: number;
  /** The answer completed the test (FIT_CHECK's RIASEC submit, the fourth Ikigai answer). */
  readonly completes?: boolean;
}

export interface Acknowledged {
  readonly req: Request;
  readonly answer: Answer;
}

const SAMPLE_SIZE = 300;

export class Ledger {
  readonly acks: Ack[] = [];
  /** Start keys sent per user: each may have created at most one session. */
  readonly startKeys = new Map<string, number>();
  /** A reservoir of acknowledged keyed writes, sent again at the end. */
  readonly sample: Acknowledged[] = [];
  private seen = 0;
  replaysChecked = 0;
  changedReplays = 0;
  /** Non-transient answers other than the expected one (a 400, 404, 422 … in a correct flow). */
  unexpected = 0;
  /** The first few changed replays and unexpected answers, for the report. */
  readonly examples: string[] = [];
  completedTests = 0;
  /** Tests given up after an operation ran out of retries. */
  brokenTests = 0;
  /** Starts refused with 409 active_session_exists, resolved by abandoning the named session. */
  waysOut = 0;

  ack(ack: Ack): void {
    this.acks.push(ack);
  }

  sentStart(user: string): void {
    this.startKeys.set(user, (this.startKeys.get(user) ?? 0) + 1);
  }

  keep(acknowledged: Acknowledged): void {
    this.seen++;
    if (this.sample.length < SAMPLE_SIZE) this.sample.push(acknowledged);
    else {
      const slot = Math.floor(Math.random() * this.seen);
      if (slot < SAMPLE_SIZE) this.sample[slot] = acknowledged;
    }
  }

  /** Compares a re-sent key's answer with the acknowledged one: same status, same bytes, marked replayed. */
  compare(original: Acknowledged, again: Answer): void {
    this.replaysChecked++;
    const same = again.status === original.answer.status && again.text === original.answer.text;
    if (same && again.replayed) return;
    this.changedReplays++;
    this.example(
      `changed replay ${original.req.path} key ${original.req.key}: ${original.answer.status} → ${again.status}` +
        (again.replayed ? ' (replayed, other bytes)' : ' (executed again)'),
    );
  }

  unexpectedAnswer(req: Request, answer: Answer): void {
    this.unexpected++;
    this.example(
      `unexpected ${req.method} ${req.path} → ${answer.status} ${answer.problem ?? answer.text.slice(0, 120)}`,
    );
  }

  private example(line: string): void {
    if (this.examples.length < 10) this.examples.push(line);
  }
}
