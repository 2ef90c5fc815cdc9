// A virtual user: complete tests of both goals back to back, every write with its own Idempotency-Key,
// retried with that key on failures. A test whose step runs out of retries is abandoned; a start refused
// because an earlier test is still open takes the way out the answer names (abandon it) and starts again.
import { randomUUID } from 'node:crypto';
import { API, dimensionBody, submitBody } from '../lib/api.js';
import type { Answer, Request, SoakClient } from './client.js';
import type { Goal, Ledger } from './ledger.js';

/** Share of acknowledged writes sent again at once with the same key (a lost answer, a double tap). */
const RESEND_SHARE = 0.2;
const FIT_CHECK_TARGET = 101;

interface Step {
  readonly ok: boolean;
  readonly body?: Record<string, unknown>;
  readonly answer?: Answer;
}

export class SoakUser {
  constructor(
    readonly id: string,
    private readonly client: SoakClient,
    private readonly ledger: Ledger,
  ) {}

  /** POST with a fresh key; on success keeps the answer for the replay checks. */
  private async write(path: string, body: unknown): Promise<Step> {
    const req: Request = {
      method: 'POST',
      path: `${API}${path}`,
      user: this.id,
      body: JSON.stringify(body),
      key: randomUUID(),
    };
    const out = await this.client.send(req);
    if (!out.answer) return { ok: false };
    if (!out.ok) return { ok: false, answer: out.answer };
    const acknowledged = { req, answer: out.answer };
    this.ledger.keep(acknowledged);
    if (Math.random() < RESEND_SHARE) {
      const again = await this.client.send(req);
      if (again.answer) this.ledger.compare(acknowledged, again.answer);
    }
    return { ok: true, answer: out.answer, body: JSON.parse(out.answer.text) as Record<string, unknown> };
  }

  private async read(path: string): Promise<boolean> {
    const req: Request = { method: 'GET', path: `${API}${path}`, user: this.id };
    const out = await this.client.send(req);
    if (out.answer && !out.ok) this.ledger.unexpectedAnswer(req, out.answer);
    return out.ok;
  }

  /** A failed step: an unexpected answer is noted; the test is abandoned so the user can go on. */
  private async broken(step: Step, path: string, token?: string): Promise<false> {
    if (step.answer) this.ledger.unexpectedAnswer({ method: 'POST', path, user: this.id }, step.answer);
    this.ledger.brokenTests++;
    if (token) await this.abandon(token);
    return false;
  }

  async abandon(token: string): Promise<boolean> {
    const step = await this.write(`/sessions/${encodeURIComponent(token)}/abandon`, {});
    if (step.ok) this.ledger.ack({ kind: 'abandon', user: this.id, token });
    return step.ok;
  }

  /** One complete test; true when it finished. */
  async test(goal: Goal): Promise<boolean> {
    const start =
      goal === 'RECOMMENDATION'
        ? await this.write('/recommendation/start', { persona_type: 'BUILDER' })
        : await this.write('/fit-check/start', {
            persona_type: 'ACHIEVER',
            target_profession_id: FIT_CHECK_TARGET,
          });
    this.ledger.sentStart(this.id);
    if (!start.ok) {
      if (start.answer?.problem === 'active-session-exists') {
        this.ledger.waysOut++;
        await this.abandon(String(JSON.parse(start.answer.text).active_session_token));
        return false;
      }
      return this.broken(start, `${goal} start`);
    }
    const token = String(start.body?.session_token);
    this.ledger.ack({ kind: 'start', user: this.id, token, goal });

    const riasec = await this.write('/riasec/submit', submitBody(token));
    if (!riasec.ok) return this.broken(riasec, '/riasec/submit', token);
    const fitCheckDone = goal === 'FIT_CHECK' && riasec.body?.status === 'completed';
    this.ledger.ack({ kind: 'riasec', user: this.id, token, goal, completes: fitCheckDone });
    if (goal === 'FIT_CHECK') {
      if (!fitCheckDone) return this.broken(riasec, '/riasec/submit (FIT_CHECK not completed)', token);
      return this.finish(`/result/fit-check/${token}`);
    }

    const ikigai = await this.write('/ikigai/start', { session_token: token });
    if (!ikigai.ok) return this.broken(ikigai, '/ikigai/start', token);
    this.ledger.ack({ kind: 'ikigai-start', user: this.id, token });
    const candidates = ikigai.body?.candidates_with_content as { profession_id: number }[] | undefined;
    const selected = candidates?.[0]?.profession_id ?? null;
    for (let i = 0; i < 4; i++) {
      const answer = await this.write(
        '/ikigai/submit-dimension',
        dimensionBody(token, i, i === 0 ? selected : null),
      );
      if (!answer.ok) return this.broken(answer, '/ikigai/submit-dimension', token);
      this.ledger.ack({ kind: 'dimension', user: this.id, token, dimension: i, completes: i === 3 });
    }
    return this.finish(`/result/recommendation/${token}`);
  }

  private async finish(resultPath: string): Promise<boolean> {
    if (!(await this.read(resultPath))) return false;
    this.ledger.completedTests++;
    return true;
  }

  /** Tests until `stopAt`, alternating the goals. */
  async run(stopAt: number, firstGoal: number): Promise<void> {
    for (let n = firstGoal; Date.now() < stopAt; n++) {
      await this.test(n % 2 === 0 ? 'RECOMMENDATION' : 'FIT_CHECK');
    }
  }
}
