// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import {
  ProfessionId,
  type DimensionKey,
  type ProfessionProfile,
  type RelevanceAnswer,
} from '@kenali/domain';
import {
  createOfflineAi,
  NEUTRAL_SCORE,
  OFFLINE_MODEL_ID,
} from '../../../packages/adapters/src/ai/offline/index.js';
import { DEMO_POOL_30, DEMO_PROFILES, demoProfileNamed } from '../../support/demo-profiles.js';

const judge = async (
  dimension: DimensionKey,
  text: string,
  professions: readonly ProfessionProfile[] = DEMO_PROFILES,
): Promise<RelevanceAnswer> => {
  const result = await createOfflineAi().relevance.judge(dimension, text, professions)();
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

const nameOf = new Map(DEMO_PROFILES.map((p) => [p.profession_id as number, p.name]));
const ranked = (answer: RelevanceAnswer) =>
  [...answer.scores]
    .sort((a, b) => b.r_raw - a.r_raw || a.profession_id - b.profession_id)
    .map((s) => ({ name: nameOf.get(s.profession_id) ?? '?', r: s.r_raw }));
const scoreOf = (answer: RelevanceAnswer, name: string) =>
  answer.scores.find((s) => s.profession_id === demoProfileNamed(name).profession_id)?.r_raw;

const POOL = DEMO_POOL_30;

const TEXTS = [
  'Saya suka menggambar dan membuat ilustrasi, sering mendesain poster untuk acara sekolah.',
  'Saya ingin merawat pasien dan membantu orang sakit agar cepat sembuh.',
  'Saya teliti mengerjakan pembukuan, menghitung pajak, dan akuntansi.',
  'Saya senang ngoding, membangun aplikasi dan software untuk banyak orang.',
];

describe('offline AI: relevance judge, contract and edge cases', () => {
  it('lowers professions the user explicitly turns down', async () => {
    const plain = await judge('what_you_love', 'Saya suka menggambar.');
    const refused = await judge(
      'what_you_love',
      'Saya suka menggambar, tapi tidak suka menghitung angka dan pajak.',
    );
    expect(scoreOf(refused, 'Akuntan')).to.be.at.most(scoreOf(plain, 'Akuntan')!);
    expect(ranked(refused)[0]?.name).to.match(/Ilustrator|Desainer/);
    const onlyRefusal = await judge('what_you_love', 'Saya tidak suka pajak dan pembukuan.');
    expect(scoreOf(onlyRefusal, 'Akuntan')).to.be.below(NEUTRAL_SCORE);
    expect(scoreOf(onlyRefusal, 'Koki')).to.equal(NEUTRAL_SCORE);
  });

  it('answers every profession once, in input order, in [0, 1], with the offline model id and missing = 0', async () => {
    const answer = await judge('what_you_love', 'Saya suka memasak kue dan mencoba resep baru', POOL);
    expect(answer.model).to.equal(OFFLINE_MODEL_ID);
    expect(answer.missing).to.equal(0);
    expect(answer.scores.map((s) => s.profession_id)).to.deep.equal(POOL.map((p) => p.profession_id));
    for (const { r_raw } of answer.scores) expect(r_raw).to.be.within(0, 1);
    expect(ranked(answer)[0]?.name).to.equal('Koki');
  });

  it('gives everyone the neutral score for an empty, stop-word-only or unknown-word answer', async () => {
    for (const text of ['', '   ', 'saya suka sekali yang itu', 'asdf qwer zxcv']) {
      const answer = await judge('what_you_love', text, POOL);
      expect(
        answer.scores.every((s) => s.r_raw === NEUTRAL_SCORE),
        text,
      ).to.equal(true);
    }
  });

  it('is deterministic: same input, same output, also across engine instances', async () => {
    const text = 'Saya suka menulis cerita dan memotret pemandangan.';
    const first = await judge('what_you_love', text, POOL);
    const again = await judge('what_you_love', text, POOL);
    const ai = createOfflineAi();
    const twice = [
      await ai.relevance.judge('what_you_love', text, POOL)(),
      await ai.relevance.judge('what_you_love', text, POOL)(),
    ];
    expect(again).to.deep.equal(first);
    expect(twice[0]).to.deep.equal(E.right(first));
    expect(twice[1]).to.deep.equal(E.right(first));
  });

  it('still separates professions when only two are passed (idf padding)', async () => {
    const pair = [demoProfileNamed('Akuntan'), demoProfileNamed('Desainer Grafis')];
    const answer = await judge('what_you_love', 'Saya suka menggambar poster dan logo.', pair);
    expect(scoreOf(answer, 'Desainer Grafis')).to.be.at.least(0.7);
    expect(scoreOf(answer, 'Akuntan')).to.be.at.most(0.3);
  });

  it('scores a single profession by how much of the answer it covers', async () => {
    const designer = [demoProfileNamed('Desainer Grafis')];
    const clear = await judge('what_you_love', 'menggambar poster dan logo', designer);
    const vague = await judge(
      'what_you_love',
      'menggambar, berkebun, memancing, dan bermain sepak bola',
      designer,
    );
    expect(clear.scores[0]?.r_raw).to.be.greaterThan(vague.scores[0].r_raw);
  });

  it('answers a duplicated profession once', async () => {
    const answer = await judge('what_you_love', 'menggambar', [...POOL.slice(0, 3), POOL[0]]);
    expect(answer.scores.map((s) => s.profession_id)).to.deep.equal(
      POOL.slice(0, 3).map((p) => p.profession_id),
    );
  });

  it('re-tokenises a profession whose catalogue text changed under the same id', async () => {
    const ai = createOfflineAi();
    const base = demoProfileNamed('Akuntan');
    const pool = [base, demoProfileNamed('Koki')];
    const edited = [
      { ...base, about_description: `${base.about_description} Juga menggambar ilustrasi.` },
      pool[1],
    ];
    const before = await ai.relevance.judge('what_you_love', 'menggambar ilustrasi', pool)();
    const after = await ai.relevance.judge('what_you_love', 'menggambar ilustrasi', edited)();
    expect(E.isRight(before) && E.isRight(after)).to.equal(true);
    if (E.isRight(before) && E.isRight(after))
      expect(after.right.scores[0].r_raw).to.be.greaterThan(before.right.scores[0].r_raw);
  });

  it('scores 30 professions × 1 answer in well under 1 ms once warm', async () => {
    const ai = createOfflineAi();
    const texts = TEXTS;
    for (const text of texts) await ai.relevance.judge('what_you_love', text, POOL)();
    const runs = 400;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1)
      await ai.relevance.judge('what_you_love', texts[i % texts.length], POOL)();
    const perCall = (performance.now() - started) / runs;
    expect(perCall).to.be.below(1);
  });

  it('echoes exactly the ids it was given, also ids outside the demo catalogue', async () => {
    const stranger: ProfessionProfile = { ...demoProfileNamed('Koki'), profession_id: ProfessionId(99_999) };
    const answer = await judge('what_you_love', 'memasak', [stranger]);
    expect(answer.scores).to.have.length(1);
    expect(answer.scores[0]?.profession_id).to.equal(99_999);
  });
});
