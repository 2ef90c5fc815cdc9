// @ts-nocheck
import { expect } from 'chai';
import type { TestApp, TestUser } from './kenali-app.js';
import { I_SINGLE, answersFor } from './riasec-answers.js';

export const API = '/api/v1/career-profile';

export const DIMENSIONS = [
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
] as const;

/** Four answers about research and data, with a click on `selected` in the first dimension. */
export const researchAnswers = (selected: number | null) => ({
  what_you_love: {
    selected,
    text: 'Saya senang meneliti data, menganalisis angka, dan menemukan pola dari eksperimen.',
  },
  what_you_are_good_at: {
    selected: null,
    text: 'Saya terbiasa mengolah data dengan statistik dan menulis laporan analisis.',
  },
  what_the_world_needs: {
    selected: null,
    text: 'Keputusan di kantor dan pemerintah perlu didasarkan pada riset dan data yang akurat.',
  },
  what_you_can_be_paid_for: {
    selected: null,
    text: 'Saya ingin gaji tetap sebagai analis atau peneliti yang naik seiring keahlian.',
  },
});

/** Start a RECOMMENDATION test and submit the RIASEC answers; returns the token and candidates. */
export const completeRiasec = async (app: TestApp, user: TestUser, scores = I_SINGLE) => {
  const started = await app.http
    .post(`${API}/recommendation/start`)
    .set(user.headers)
    .send({ persona_type: 'BUILDER' });
  expect(started.status).to.equal(200);
  const token = started.body.session_token as string;
  const submitted = await app.http
    .post(`${API}/riasec/submit`)
    .set(user.headers)
    .send({ session_token: token, responses: answersFor(scores) });
  expect(submitted.status).to.equal(200);
  return {
    token,
    candidates: submitted.body.candidates as { profession_id: number; display_order: number }[],
  };
};

export const submitDimension = (
  app: TestApp,
  user: TestUser,
  token: string,
  dimension: string,
  selected: number | null,
  text: string,
) =>
  app.http
    .post(`${API}/ikigai/submit-dimension`)
    .set(user.headers)
    .send({
      session_token: token,
      dimension_name: dimension,
      selected_profession_id: selected,
      selection_type: selected === null ? 'not_selected' : 'selected',
      reasoning_text: text,
    });

export const sessionRow = async (app: TestApp, token: string) =>
  app.knex('careerprofile_test_sessions').where({ session_token: token }).first();
