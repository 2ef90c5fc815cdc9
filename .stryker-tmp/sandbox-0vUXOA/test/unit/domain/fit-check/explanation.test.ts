// @ts-nocheck
import { expect } from 'chai';
import {
  FIT_CHECK_PRESENTATION,
  type FitCheckExplanation,
  classifyFit,
  explainFitCheck,
} from '@kenali/domain';

const explain = (userCode: string, professionCode: string, name = 'Analis Data'): FitCheckExplanation =>
  explainFitCheck({
    ...classifyFit(userCode, professionCode),
    user_code: userCode,
    profession_code: professionCode,
    profession_name: name,
  });

describe('explainFitCheck', () => {
  it('has the §5.4 shape: meaning, two reasons, implication, three next steps, CTAs, label and stars', () => {
    const explanation = explain('IRC', 'ICR');
    expect(Object.keys(explanation)).to.deep.equal([
      'meaning',
      'reason_points',
      'implication',
      'next_steps',
      'cta_primary',
      'cta_secondary',
      'match_label',
      'match_stars',
    ]);
    expect(explanation.reason_points).to.have.length(2);
    expect(explanation.next_steps).to.have.length(3);
  });

  it('uses the label, stars and CTAs of each category', () => {
    expect(explain('IRC', 'ICR')).to.include({
      match_label: 'Kecocokan Tinggi',
      match_stars: 3,
      cta_primary: 'Buat Rencana',
      cta_secondary: null,
    });
    expect(explain('IRC', 'RIC')).to.include({
      match_label: 'Kecocokan Sedang',
      match_stars: 2,
      cta_primary: 'Lihat Rekomendasi',
      cta_secondary: 'Strategi Adaptasi',
    });
    expect(explain('RIA', 'SEC')).to.include({
      match_label: 'Kecocokan Rendah',
      match_stars: 1,
      cta_primary: 'Cari Alternatif',
      cta_secondary: 'Tetap Lanjut',
    });
    expect(FIT_CHECK_PRESENTATION.MEDIUM.match_stars).to.equal(2);
  });

  it('states both codes and the profession in the first reason', () => {
    const [first] = explain('RIA', 'ECS', 'Perencana Keuangan').reason_points;
    expect(first).to.include('RIA').and.to.include('ECS').and.to.include('Perencana Keuangan');
  });

  it('explains each rule in the second reason', () => {
    expect(explain('IRC', 'IRC').reason_points[1])
      .to.include('persis sama')
      .and.to.include('Investigative (I)');
    expect(explain('IRC', 'ICR').reason_points[1]).to.include('R, I, C');
    expect(explain('RIA', 'RIC').reason_points[1]).to.include('Minat A dari kode kamu diganti oleh C');
    expect(explain('RI', 'RIA').reason_points[1]).to.not.include('diganti');
    expect(explain('IRC', 'RIC').reason_points[1]).to.include('Realistic (R)').and.to.include('bertetangga');
    expect(explain('RIA', 'ECS').reason_points[1]).to.include('berseberangan');
    expect(explain('RIA', 'SEC').reason_points[1]).to.include('tidak bertetangga');
    const reasons = ['IRC', 'ICR', 'RIC'].map((code) => explain('IRC', code).reason_points[1]);
    expect(new Set(reasons).size).to.equal(3);
  });

  it('handles an empty code without inventing letters', () => {
    const explanation = explain('', 'RIA');
    expect(explanation.reason_points[0]).to.include('-');
    expect(explanation.reason_points[1]).to.include('belum tersedia');
    expect(explanation.match_label).to.equal('Kecocokan Rendah');
  });

  it('writes every text in Indonesian for "kamu" and names the profession in the steps', () => {
    for (const [user, profession] of [
      ['IRC', 'ICR'],
      ['IRC', 'RIC'],
      ['RIA', 'SEC'],
    ] as const) {
      const explanation = explain(user, profession, 'Desainer Grafis');
      expect(explanation.meaning).to.include('kamu').and.to.include('Desainer Grafis');
      expect(explanation.next_steps.join(' ')).to.include('Desainer Grafis');
      expect([explanation.meaning, explanation.implication, ...explanation.next_steps].join(' ')).to.match(
        /\bkamu\b/,
      );
    }
  });

  it('gives each category its own meaning, implication and steps', () => {
    const texts = [explain('IRC', 'ICR'), explain('IRC', 'RIC'), explain('RIA', 'SEC')].map((e) =>
      [e.meaning, e.implication, ...e.next_steps].join('|'),
    );
    expect(new Set(texts).size).to.equal(3);
  });

  it('is deterministic', () => {
    expect(explain('RIA', 'RIC')).to.deep.equal(explain('RIA', 'RIC'));
  });
});
