// @ts-nocheck
import type { ProfessionCatalogue } from '@kenali/domain';
import { ProfessionId, RiasecCodeId } from '@kenali/domain';
import { expect } from 'chai';
import { ProfessionMother, canonicalCode } from '../fakes/mothers/index.js';
import { runRight } from '../support/expect-either.js';
import type { ContractSubject } from './contract-subject.js';

const UNKNOWN = ProfessionId(987_654_321);

/** Behaviour every ProfessionCatalogue must have (the catalogue may hold more rows than a test seeded). */
export const professionCatalogueContract = (
  name: string,
  makeSubject: () => Promise<ContractSubject<ProfessionCatalogue>>,
): void => {
  describe(`${name} honours the ProfessionCatalogue contract`, function () {
    let s: ContractSubject<ProfessionCatalogue>;
    beforeEach(async function () {
      s = await makeSubject();
    });
    afterEach(async function () {
      await s.cleanup();
    });

    it('lists a seeded code with its full record, by code and by id', async function () {
      const record = await s.harness.seed.code('RI');
      expect(record).to.deep.equal(canonicalCode('RI'));
      const codes = await runRight(s.subject.codes());
      expect(codes.get('RI')).to.deep.equal(record);
      expect(await runRight(s.subject.codeById(record.id))).to.deep.equal(record);
    });

    it('answers undefined for an unknown code id', async function () {
      expect(await runRight(s.subject.codeById(RiasecCodeId(987_654)))).to.equal(undefined);
    });

    it('groups classified professions under their exact code, in id order', async function () {
      const code = await s.harness.seed.code('SEC');
      const first = await s.harness.seed.profession(ProfessionMother.withCode('SEC'));
      const second = await s.harness.seed.profession(ProfessionMother.withCode('SEC'));
      const byCode = await runRight(s.subject.professionsByCode());
      const mine = (byCode.get('SEC') ?? []).filter((p) => [first, second].includes(p.profession_id));
      expect(mine).to.deep.equal([
        { profession_id: Math.min(first, second), riasec_code_id: code.id },
        { profession_id: Math.max(first, second), riasec_code_id: code.id },
      ]);
    });

    it('never lists an unclassified profession under any code', async function () {
      const loose = await s.harness.seed.profession(ProfessionMother.withCode(null));
      const byCode = await runRight(s.subject.professionsByCode());
      const listed = [...byCode.values()].flat().map((p) => p.profession_id);
      expect(listed).to.not.include(loose);
    });

    it('builds the profile of a profession with its details and career steps', async function () {
      const code = await s.harness.seed.code('IA');
      const spec = ProfessionMother.withCode('IA');
      const id = await s.harness.seed.profession(spec);
      expect(await runRight(s.subject.profiles([id]))).to.deep.equal([
        {
          profession_id: id,
          name: spec.name,
          riasec_code: 'IA',
          riasec_code_id: code.id,
          about_description: spec.about,
          riasec_description: spec.riasecDescription,
          activities: spec.activities,
          hard_skills: spec.hardSkills,
          soft_skills: spec.softSkills,
          tools: spec.tools,
          entry_level_path: spec.paths[0],
          senior_level_path: spec.paths[1],
        },
      ]);
    });

    it('gives an unclassified profession a null code, and a single career step no senior level', async function () {
      const spec = ProfessionMother.withCode(null);
      const id = await s.harness.seed.profession({ ...spec, paths: spec.paths.slice(0, 1) });
      const [profile] = await runRight(s.subject.profiles([id]));
      expect(profile).to.deep.include({
        riasec_code: null,
        riasec_code_id: null,
        entry_level_path: spec.paths[0],
        senior_level_path: null,
      });
    });

    it('leaves unknown ids out of profiles and briefs', async function () {
      await s.harness.seed.code('C');
      const id = await s.harness.seed.profession(ProfessionMother.withCode('C'));
      expect((await runRight(s.subject.profiles([id, UNKNOWN]))).map((p) => p.profession_id)).to.deep.equal([
        id,
      ]);
      expect((await runRight(s.subject.briefs([UNKNOWN, id]))).map((p) => p.profession_id)).to.deep.equal([
        id,
      ]);
      expect(await runRight(s.subject.profiles([]))).to.deep.equal([]);
    });

    it('briefs carry the name and code only', async function () {
      await s.harness.seed.code('E');
      const spec = ProfessionMother.withCode('E');
      const id = await s.harness.seed.profession(spec);
      expect(await runRight(s.subject.briefs([id]))).to.deep.equal([
        { profession_id: id, name: spec.name, riasec_code: 'E' },
      ]);
    });
  });
};
