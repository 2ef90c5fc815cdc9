// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { type DimensionKey, type ProfessionProfile, type RelevanceAnswer } from '@kenali/domain';
import { createOfflineAi } from '../../../packages/adapters/src/ai/offline/index.js';
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

const CLEAR_TEXTS: readonly { topic: string; dimension: DimensionKey; text: string; expected: RegExp }[] = [
  {
    topic: 'drawing and design',
    dimension: 'what_you_love',
    text: 'Saya suka menggambar dan membuat ilustrasi, sering mendesain poster untuk acara sekolah.',
    expected: /^(Desainer Grafis|Ilustrator)$/,
  },
  {
    topic: 'caring for patients',
    dimension: 'what_the_world_needs',
    text: 'Saya ingin merawat pasien dan membantu orang sakit agar cepat sembuh.',
    expected: /^(Perawat|Dokter Umum|Bidan|Paramedis Gawat Darurat)$/,
  },
  {
    topic: 'bookkeeping and taxes',
    dimension: 'what_you_are_good_at',
    text: 'Saya teliti mengerjakan pembukuan, menghitung pajak, dan akuntansi.',
    expected: /^(Akuntan|Konsultan Pajak|Auditor)$/,
  },
  {
    topic: 'building software',
    dimension: 'what_you_love',
    text: 'Saya senang ngoding, membangun aplikasi dan software untuk banyak orang.',
    expected: /^Pengembang Perangkat Lunak$/,
  },
];

const PARAPHRASES: readonly { text: string; expected: RegExp }[] = [
  {
    text: 'Dari kecil aku hobi gambar2 karakter anime dan bikin komik sendiri',
    expected: /Ilustrator|Animator/,
  },
  { text: 'I love drawing and design', expected: /Desainer|Ilustrator/ },
  { text: 'Aku senang menolong orang sakit di rumah sakit dan memberi obat', expected: /Perawat|Dokter/ },
  {
    text: 'Aku suka mencatat keuangan dan menyusun laporan keuangan yang rapi',
    expected: /Akuntan|Auditor|Keuangan/,
  },
  { text: 'Saya suka membuat website dan aplikasi mobile pakai JavaScript', expected: /Perangkat Lunak/ },
  { text: 'Saya suka memperbaiki motor dan mesin mobil di bengkel', expected: /Mekanik/ },
  { text: 'Saya suka mengajar anak-anak membaca dan menulis', expected: /Guru/ },
];

describe('offline AI: relevance judge, ranking', () => {
  for (const { topic, dimension, text, expected } of CLEAR_TEXTS) {
    describe(`an answer about ${topic}`, () => {
      for (const [pool, professions] of [
        ['all 67 demo professions', DEMO_PROFILES],
        ['a 30-profession pool', POOL],
      ] as const) {
        it(`ranks the right profession first among ${pool}, with real spread`, async () => {
          const order = ranked(await judge(dimension, text, professions));
          expect(order[0]?.name).to.match(expected);
          expect(order[0]?.r).to.be.at.least(0.7);
          expect(order[order.length - 1]?.r).to.be.at.most(0.3);
        });
      }
    });
  }

  it('ranks a designer above an accountant for a text about drawing (decisions §5)', async () => {
    for (const dimension of ['what_you_love', 'what_you_are_good_at'] as const) {
      const answer = await judge(dimension, 'Aku suka sekali menggambar dan melukis sejak kecil.');
      expect(scoreOf(answer, 'Desainer Grafis')).to.be.greaterThan(scoreOf(answer, 'Akuntan')! + 0.3);
    }
  });

  for (const { text, expected } of PARAPHRASES) {
    it(`puts a matching profession first for "${text}"`, async () => {
      expect(ranked(await judge('what_you_love', text))[0]?.name).to.match(expected);
    });
  }
});
