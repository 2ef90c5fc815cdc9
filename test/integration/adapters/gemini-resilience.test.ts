import { expect } from 'chai';
import { pino } from 'pino';
import { reply } from '../../support/fake-gemini.js';
import { CANDIDATES, type GeminiRig, expectLeft, expectRight, startRig } from './gemini-test-kit.js';

const judgeWith = (ai: GeminiRig['ai']) =>
  ai.relevance.judge('what_you_love', 'Aku suka menggambar.', CANDIDATES);

describe('Gemini client resilience (against the fake Gemini server)', () => {
  let rig: GeminiRig;

  before(async () => {
    rig = await startRig();
  });
  afterEach(() => rig.fake.reset());
  after(async () => rig.fake.close());

  describe('retries', () => {
    it('retries a 429 and succeeds on the second attempt', async () => {
      rig.fake.enqueue(reply.rateLimited());
      await expectRight(judgeWith(rig.ai));
      expect(rig.fake.requests).to.have.length(2);
    });

    it('retries a dropped connection', async () => {
      rig.fake.enqueue(reply.drop(), reply.error(503, 'The model is overloaded.'));
      await expectRight(judgeWith(rig.ai));
      expect(rig.fake.requests).to.have.length(3);
    });

    it('gives up on a persistent 500 after two retries as unavailable', async () => {
      rig.fake.setHandler(() => reply.serverError());
      const error = await expectLeft(judgeWith(rig.ai), 'unavailable');
      expect(error.message).to.include('500');
      expect(rig.fake.requests).to.have.length(3);
    });

    it('reports a persistent 429 as rate_limited', async () => {
      rig.fake.setHandler(() => reply.rateLimited());
      await expectLeft(judgeWith(rig.ai), 'rate_limited');
      expect(rig.fake.requests).to.have.length(3);
    });

    it('does not retry other 4xx answers, such as a rejected API key', async () => {
      const wrongKey = rig.build({ apiKey: 'wrong-key' });
      const error = await expectLeft(judgeWith(wrongKey), 'unavailable');
      expect(error.message).to.include('400');
      expect(rig.fake.requests).to.have.length(1);
      expect(rig.fake.requests[0].apiKey).to.equal('wrong-key');
    });

    it('waits about the configured backoff before retrying', async () => {
      // The policy's own record of the delay it chose (half jitter of 200 ms), not the wall clock.
      const lines: string[] = [];
      const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
      const patient = rig.build({ logger, resilience: { initialBackoffMs: 200, maxBackoffMs: 400 } });
      rig.fake.enqueue(reply.rateLimited());
      await expectRight(judgeWith(patient));
      const retries = lines.map((l) => JSON.parse(l) as { msg: string; delayMs?: number });
      const delays = retries.filter((r) => r.msg === 'gemini retry').map((r) => r.delayMs);
      expect(delays).to.have.length(1);
      expect(delays[0]).to.be.within(100, 200);
      expect(rig.fake.requests).to.have.length(2);
    });
  });

  describe('timeouts', () => {
    it('abandons a hanging call after the timeout, without retrying it', async () => {
      const impatient = rig.build({ timeoutMs: 300 });
      rig.fake.enqueue(reply.hang());
      // A hanging reply never ends by itself, so a 'timeout' Left is the timeout firing (no clock needed).
      await expectLeft(judgeWith(impatient), 'timeout');
      expect(rig.fake.requests).to.have.length(1);
    });

    it('succeeds when the answer arrives within the timeout', async () => {
      const impatient = rig.build({ timeoutMs: 1_000 });
      rig.fake.enqueue(reply.delay(100, reply.json({ scores: [{ profession_id: 12, r_raw: 0.9 }] })));
      const answer = await expectRight(judgeWith(impatient));
      expect(answer.missing).to.equal(2);
    });
  });

  describe('unusable answers', () => {
    it('maps a SAFETY finish reason to blocked', async () => {
      rig.fake.enqueue(reply.blocked('finishReason'));
      await expectLeft(judgeWith(rig.ai), 'blocked');
      expect(rig.fake.requests).to.have.length(1);
    });

    it('maps a blocked prompt (promptFeedback.blockReason) to blocked', async () => {
      rig.fake.enqueue(reply.blocked('promptFeedback'));
      await expectLeft(rig.ai.personality.aboutCode('RIA', 'Realistic', 'x'), 'blocked');
    });

    it('maps text that is not JSON to malformed', async () => {
      rig.fake.enqueue(reply.text('{"scores": [{"profession_id": 12, "r_raw": 0.'));
      await expectLeft(judgeWith(rig.ai), 'malformed');
      rig.fake.enqueue(reply.text('Maaf, saya tidak bisa membantu.'));
      await expectLeft(rig.ai.content.write(CANDIDATES), 'malformed');
    });

    it('tolerates a ```json fence around the JSON', async () => {
      rig.fake.enqueue(reply.text('```json\n{"scores":[{"profession_id":12,"r_raw":0.9}]}\n```'));
      await expectRight(judgeWith(rig.ai));
    });
  });

  describe('circuit breaker', () => {
    it('opens after repeated failed calls and then answers circuit_open without calling Gemini', async () => {
      const fragile = rig.build({
        resilience: { maxRetries: 0, breakerThreshold: 3, breakerHalfOpenMs: 300 },
      });
      rig.fake.setHandler(() => reply.error(503, 'The model is overloaded.'));
      for (let i = 0; i < 3; i += 1) await expectLeft(judgeWith(fragile), 'unavailable');
      expect(rig.fake.requests).to.have.length(3);

      const answers = {
        what_you_love: 'a',
        what_you_are_good_at: 'b',
        what_the_world_needs: 'c',
        what_you_can_be_paid_for: 'd',
      };
      const error = await expectLeft(
        fragile.narrative.write({ answers, userCode: 'R', top: CANDIDATES }),
        'circuit_open',
      );
      expect(error.call).to.equal('narrative');
      await expectLeft(judgeWith(fragile), 'circuit_open');
      expect(rig.fake.requests).to.have.length(3);
    });

    it('lets a trial call through after the half-open delay and closes again on success', async () => {
      const fragile = rig.build({
        resilience: { maxRetries: 0, breakerThreshold: 2, breakerHalfOpenMs: 150 },
      });
      rig.fake.enqueue(reply.serverError(), reply.serverError());
      await expectLeft(judgeWith(fragile), 'unavailable');
      await expectLeft(judgeWith(fragile), 'unavailable');
      await expectLeft(judgeWith(fragile), 'circuit_open');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expectRight(judgeWith(fragile));
      await expectRight(judgeWith(fragile));
      expect(rig.fake.requests).to.have.length(4);
    });

    it('does not count blocked or malformed answers as service failures', async () => {
      const fragile = rig.build({ resilience: { maxRetries: 0, breakerThreshold: 2 } });
      rig.fake.enqueue(reply.blocked(), reply.text('bukan json'), reply.blocked());
      await expectLeft(judgeWith(fragile), 'blocked');
      await expectLeft(judgeWith(fragile), 'malformed');
      await expectLeft(judgeWith(fragile), 'blocked');
      await expectRight(judgeWith(fragile));
      expect(rig.fake.requests).to.have.length(4);
    });
  });
});
