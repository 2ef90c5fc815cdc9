import { CachedCatalogue } from '@kenali/adapters';
import type { ProfessionCatalogue, ProfessionId } from '@kenali/domain';
import { expect } from 'chai';
import { inMemoryHarness } from '../../contracts/harness/in-memory-harness.js';
import { ProfessionMother } from '../../fakes/mothers/index.js';
import { runRight } from '../../support/expect-either.js';

/** A catalogue that counts the calls reaching it, so a test sees which answers came from memory. */
const counting = (inner: ProfessionCatalogue) => {
  const calls: string[] = [];
  const catalogue: ProfessionCatalogue = {
    professionsByCode: () => (calls.push('professionsByCode'), inner.professionsByCode()),
    codes: () => (calls.push('codes'), inner.codes()),
    codeById: (id) => (calls.push('codeById'), inner.codeById(id)),
    profiles: (ids) => (calls.push(`profiles ${ids.join(',')}`), inner.profiles(ids)),
    briefs: (ids) => (calls.push(`briefs ${ids.join(',')}`), inner.briefs(ids)),
  };
  return { catalogue, calls };
};

// ADR 0034: the write routes read the code table, the professions per code and profession profiles through
// the same reference cache as the read routes, each transaction loading what is missing on its own connection.
describe('CachedCatalogue for the write routes (ADR 0034)', () => {
  const setup = async () => {
    const h = await inMemoryHarness();
    let clock = 0;
    const pool = counting(h.repos.catalogue);
    const catalogue = new CachedCatalogue(pool.catalogue, 60_000, { now: () => clock });
    return { h, pool, catalogue, advance: (ms: number) => (clock += ms) };
  };

  it('loads the code table and the professions per code once per TTL, then again', async () => {
    const { h, pool, catalogue, advance } = await setup();
    await h.seed.code('R');
    const id = await h.seed.profession(ProfessionMother.withCode('R'));
    const first = await runRight(catalogue.professionsByCode());
    expect(first.get('R')?.map((p) => p.profession_id)).to.deep.equal([id]);
    expect((await runRight(catalogue.codes())).has('R')).to.equal(true);
    await h.seed.profession(ProfessionMother.withCode('R'));
    expect(await runRight(catalogue.professionsByCode())).to.equal(first);
    await runRight(catalogue.codes());
    expect(pool.calls).to.deep.equal(['professionsByCode', 'codes']);
    advance(60_000);
    expect((await runRight(catalogue.professionsByCode())).get('R')).to.have.length(2);
    expect(pool.calls).to.deep.equal(['professionsByCode', 'codes', 'professionsByCode']);
  });

  it('answers profiles per id in the order asked, fetching only the ids it does not hold', async () => {
    const { h, pool, catalogue } = await setup();
    await h.seed.code('S');
    const a = await h.seed.profession(ProfessionMother.withCode('S'));
    const b = await h.seed.profession(ProfessionMother.withCode('S'));
    const direct = new Map(
      (await runRight(h.repos.catalogue.profiles([a, b]))).map((p) => [p.profession_id, p]),
    );
    await runRight(catalogue.profiles([a]));
    const both = await runRight(catalogue.profiles([b, a, b, 999_999 as ProfessionId]));
    expect(both).to.deep.equal([direct.get(b), direct.get(a)]);
    expect(pool.calls).to.deep.equal([`profiles ${a}`, `profiles ${b},999999`]);
    await runRight(catalogue.profiles([a, b]));
    expect(pool.calls).to.have.length(2);
  });

  it('shares what it holds with a view over another catalogue, which loads its misses itself', async () => {
    const { h, pool, catalogue } = await setup();
    await h.seed.code('E');
    const a = await h.seed.profession(ProfessionMother.withCode('E'));
    const b = await h.seed.profession(ProfessionMother.withCode('E'));
    await runRight(catalogue.codes());
    await runRight(catalogue.profiles([a]));
    const transaction = counting(h.repos.catalogue);
    const view = catalogue.over(transaction.catalogue);
    await runRight(view.codes());
    await runRight(view.profiles([a, b]));
    await runRight(view.professionsByCode());
    expect(transaction.calls).to.deep.equal([`profiles ${b}`, 'professionsByCode']);
    // What the view loaded is held for everyone.
    await runRight(catalogue.profiles([b]));
    await runRight(catalogue.professionsByCode());
    expect(pool.calls).to.deep.equal(['codes', `profiles ${a}`]);
  });

  it('with a TTL of 0 passes every call through, in a view too', async () => {
    const h = await inMemoryHarness();
    const pool = counting(h.repos.catalogue);
    const off = new CachedCatalogue(pool.catalogue, 0);
    const inner = counting(h.repos.catalogue);
    await runRight(off.codes());
    await runRight(off.codes());
    await runRight(off.over(inner.catalogue).professionsByCode());
    expect(pool.calls).to.deep.equal(['codes', 'codes']);
    expect(inner.calls).to.deep.equal(['professionsByCode']);
  });
});
