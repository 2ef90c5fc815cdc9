// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { DIMENSION_KEYS, type AiError, type DimensionTexts, type ProfessionProfile } from '@kenali/domain';
import { createOfflineAi, OFFLINE_MODEL_ID } from '../../../packages/adapters/src/ai/offline/index.js';
import { DEMO_PROFILES, demoProfileNamed } from '../../support/demo-profiles.js';

const run = async <A>(task: TE.TaskEither<AiError, A>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const words = (text: string) => text.trim().split(/\s+/).length;
const namesJob = (text: string, p: ProfessionProfile) =>
  new RegExp(`(^|[^\\p{L}])${p.name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(text);

const ANSWERS: DimensionTexts = {
  what_you_love: 'Saya suka menggambar karakter dan membuat komik di waktu luang.',
  what_you_are_good_at: 'Saya jago memakai Photoshop dan memilih warna yang pas.',
  what_the_world_needs: 'Saya ingin membuat buku cerita bergambar untuk anak-anak.',
  what_you_can_be_paid_for: 'Bisa dapat bayaran dari pesanan ilustrasi dan komisi gambar.',
};

describe('offline AI: writers', () => {
  describe('content writer', () => {
    it('writes all four dimensions and four short options for every demo profession', async () => {
      const answer = await run(createOfflineAi().content.write(DEMO_PROFILES));
      expect(answer.model).to.equal(OFFLINE_MODEL_ID);
      expect(answer.items.map((i) => i.profession_id)).to.deep.equal(
        DEMO_PROFILES.map((p) => p.profession_id),
      );
      const labels: string[] = [];
      answer.items.forEach((item, index) => {
        const p = DEMO_PROFILES[index];
        for (const key of DIMENSION_KEYS) {
          const text = item.dimension_content[key];
          const option = item.dimension_options?.[key] ?? '';
          expect(sentencesOf(text), `${p.name} ${key}`).to.have.length(2);
          expect(words(text)).to.be.within(15, 60);
          expect(namesJob(text, p), `${p.name} ${key}: ${text}`).to.equal(false);
          expect(option, `${p.name} ${key}`).to.match(/^\p{Lu}/u);
          expect(words(option), option).to.be.within(3, 15);
          expect(namesJob(option, p), option).to.equal(false);
          labels.push(option);
        }
        expect(item.dimension_content.what_you_can_be_paid_for).to.match(
          /Rp \d+(,\d)?–\d+(,\d)? juta\/bulan/,
        );
      });
      expect(new Set(labels).size).to.equal(labels.length);
    });

    it('speaks to the user as "kamu", never "Anda", and uses the catalogue facts', async () => {
      const nurse = demoProfileNamed('Perawat');
      const [item] = (await run(createOfflineAi().content.write([nurse]))).items;
      const all = Object.values(item.dimension_content).join(' ');
      expect(all).to.match(/\bkamu\b/i);
      expect(all).to.not.match(/\bAnda\b/);
      expect(all).to.include('asuhan keperawatan');
      expect(item.dimension_content.what_you_can_be_paid_for).to.include('Rp 4,5–7 juta/bulan');
    });

    it('copes with a profession that has no activities, skills, tools, salary or code', async () => {
      const bare: ProfessionProfile = {
        ...demoProfileNamed('Koki'),
        riasec_code: null,
        activities: [],
        hard_skills: [],
        soft_skills: [],
        tools: [],
        entry_level_path: null,
        senior_level_path: null,
      };
      const [item] = (await run(createOfflineAi().content.write([bare]))).items;
      for (const key of DIMENSION_KEYS) {
        expect(sentencesOf(item.dimension_content[key])).to.have.length(2);
        expect(item.dimension_options?.[key]).to.have.length.greaterThan(0);
      }
    });

    it('is deterministic', async () => {
      const first = await run(createOfflineAi().content.write(DEMO_PROFILES.slice(0, 10)));
      expect(await run(createOfflineAi().content.write(DEMO_PROFILES.slice(0, 10)))).to.deep.equal(first);
    });
  });

  describe('narrative writer', () => {
    const top = [demoProfileNamed('Ilustrator'), demoProfileNamed('Desainer Grafis')];

    it('summarises the four answers with the words that matched and explains each top profession', async () => {
      const narrative = await run(
        createOfflineAi().narrative.write({ answers: ANSWERS, userCode: 'AIS', top }),
      );
      expect(narrative.model).to.equal(OFFLINE_MODEL_ID);
      expect(Object.keys(narrative.ikigai_profile_summary).sort()).to.deep.equal([...DIMENSION_KEYS].sort());
      for (const key of DIMENSION_KEYS)
        expect(sentencesOf(narrative.ikigai_profile_summary[key])).to.have.length(2);
      expect(narrative.ikigai_profile_summary.what_you_love).to.include('"menggambar"');
      expect(narrative.ikigai_profile_summary.what_you_can_be_paid_for).to.include('"ilustrasi"');
      // Integer-like keys of a JS object are listed numerically, whatever the insertion order.
      expect(Object.keys(narrative.match_reasoning)).to.have.members(top.map((p) => String(p.profession_id)));
      for (const p of top) {
        const text = narrative.match_reasoning[String(p.profession_id)];
        expect(sentencesOf(text)).to.have.length(2);
        expect(text).to.match(/^Profesi ini cocok karena/);
        expect(text).to.include('"menggambar"');
        expect(namesJob(text, p)).to.equal(false);
      }
      expect(narrative.match_reasoning[String(top[0].profession_id)]).to.include('komik');
    });

    it('falls back to the RIASEC code and generic summaries when the answers are empty', async () => {
      const empty: DimensionTexts = {
        what_you_love: '',
        what_you_are_good_at: ' ',
        what_the_world_needs: '',
        what_you_can_be_paid_for: '',
      };
      const nurse = demoProfileNamed('Perawat');
      const narrative = await run(
        createOfflineAi().narrative.write({ answers: empty, userCode: 'SI', top: [nurse] }),
      );
      for (const key of DIMENSION_KEYS)
        expect(narrative.ikigai_profile_summary[key]).to.have.length.greaterThan(40);
      const reasoning = narrative.match_reasoning[String(nurse.profession_id)];
      expect(sentencesOf(reasoning)).to.have.length(2);
      expect(reasoning).to.include('(SI)');
    });

    it('is deterministic', async () => {
      const request = { answers: ANSWERS, userCode: 'AI', top };
      const first = await run(createOfflineAi().narrative.write(request));
      expect(await run(createOfflineAi().narrative.write(request))).to.deep.equal(first);
    });
  });

  describe('personality writer', () => {
    for (const code of ['R', 'AI', 'SEC', 'ia', '', 'XYZ']) {
      it(`writes exactly three sentences, one per line, for code "${code}"`, async () => {
        const text = await run(createOfflineAi().personality.aboutCode(code, 'Judul', 'Deskripsi'));
        const lines = text.split('\n');
        expect(lines).to.have.length(3);
        for (const line of lines) expect(sentencesOf(line)).to.have.length(1);
        expect(lines[2]).to.match(/^Sinergi ini membuatmu cenderung menjadi /);
        expect(words(lines[2])).to.be.at.most(30);
      });
    }

    it('names the leading type first and the others in order', async () => {
      const text = await run(
        createOfflineAi().personality.aboutCode('SEC', 'Social Enterprising Conventional (SEC)', ''),
      );
      const [first, second] = text.split('\n');
      expect(first).to.include('Kode SEC').and.include('Social');
      expect(second.indexOf('Enterprising')).to.be.lessThan(second.indexOf('Conventional'));
    });
  });
});
