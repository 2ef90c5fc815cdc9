import { expect } from 'chai';
import { loadCases, type EvalCase } from '../../eval/cases.js';
import { runScorer, summaryOf } from '../../eval/evaluate.js';
import { caseMetrics } from '../../eval/metrics.js';
import { engineScorer, randomScorer, wordOverlapScorer } from '../../eval/scorers.js';
import { HELD_OUT_TOP1_TARGET, INDIRECT_MARGIN_TARGET } from '../../eval/targets.js';

const scores = (entries: [number, number][]) => new Map(entries);

describe('offline relevance evaluation: rank metrics', () => {
  it('counts a gold profession alone at the top as top-1', () => {
    expect(
      caseMetrics(
        scores([
          [1, 0.9],
          [2, 0.5],
          [3, 0.1],
        ]),
        [1],
      ),
    ).to.deep.equal({
      top1: 1,
      top3: 1,
      reciprocalRank: 1,
    });
  });

  it('gives a tie its expected value under a random order, never full credit', () => {
    const m = caseMetrics(
      scores([
        [1, 0.5],
        [2, 0.5],
        [3, 0.5],
        [4, 0.5],
      ]),
      [1],
    );
    expect(m.top1).to.be.closeTo(0.25, 1e-12);
    expect(m.top3).to.be.closeTo(0.75, 1e-12);
    expect(m.reciprocalRank).to.be.closeTo((1 + 1 / 2 + 1 / 3 + 1 / 4) / 4, 1e-12);
  });

  it('uses the best-placed of several gold professions', () => {
    const m = caseMetrics(
      scores([
        [1, 0.1],
        [2, 0.9],
        [3, 0.8],
        [4, 0.7],
      ]),
      [1, 3],
    );
    expect(m).to.deep.equal({ top1: 0, top3: 1, reciprocalRank: 0.5 });
  });

  it('puts random top-1 at gold/12 for two golds among twelve tied candidates', () => {
    const twelve = scores(Array.from({ length: 12 }, (_, i): [number, number] => [i + 1, 0]));
    expect(caseMetrics(twelve, [1, 2]).top1).to.be.closeTo(2 / 12, 1e-12);
  });
});

describe('offline relevance evaluation: the case set', () => {
  const cases = loadCases();
  const share = (keep: (c: EvalCase) => boolean) => cases.filter(keep).length / cases.length;

  it('has at least 150 cases over every dimension and RIASEC area, split into two halves', () => {
    expect(cases.length).to.be.at.least(150);
    expect(new Set(cases.map((c) => c.dimension)).size).to.equal(4);
    expect(new Set(cases.map((c) => c.area))).to.have.keys('R', 'I', 'A', 'S', 'E', 'C');
    expect(share((c) => c.split === 'held-out')).to.be.within(0.45, 0.55);
  });

  it('is at least a third informal and a quarter indirect', () => {
    expect(share((c) => c.register === 'informal')).to.be.at.least(1 / 3);
    expect(share((c) => c.indirect)).to.be.at.least(1 / 4);
  });
});

describe('offline relevance evaluation: the engine on the held-out half', function () {
  this.timeout(60_000);
  const cases = loadCases();
  const heldOut = (c: EvalCase) => c.split === 'held-out';

  it(`keeps top-1 at or above ${HELD_OUT_TOP1_TARGET} and clearly above word overlap on indirect texts`, async () => {
    const engine = await runScorer(engineScorer(), cases.filter(heldOut));
    const overlap = await runScorer(wordOverlapScorer, cases.filter(heldOut));
    const random = await runScorer(randomScorer, cases.filter(heldOut));
    expect(summaryOf(cases, engine).top1).to.be.at.least(HELD_OUT_TOP1_TARGET);
    const indirect = (c: EvalCase) => c.indirect;
    expect(summaryOf(cases, engine, indirect).top1 - summaryOf(cases, overlap, indirect).top1).to.be.at.least(
      INDIRECT_MARGIN_TARGET,
    );
    expect(summaryOf(cases, random).top1).to.be.below(0.2);
  });

  it('is deterministic: the same cases give the same rankings', async () => {
    const sample = cases.filter(heldOut).slice(0, 20);
    expect(await runScorer(engineScorer(), sample)).to.deep.equal(await runScorer(engineScorer(), sample));
  });
});
