// @ts-nocheck
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { SnapshotRow, toSnapshot } from '../../../packages/adapters/src/postgres/rescore-snapshot.codec.js';

/** A row as the batch snapshot query returns it (documents cut down to the levels the codec checks). */
const row = (ids: number[], congruence: number[]) => ({
  id: 7,
  user_id: 'user-7',
  session_token: 'token-7',
  version: '2026-01-01 00:00:00+00',
  calculated_at: new Date('2026-01-01T00:00:00Z'),
  total_scores: { profession_scores: [], metadata: {} },
  top_profession1_id: 11,
  top_profession2_id: 12,
  dimension_scores: { dimension_scores: {}, normalization_params: {}, metadata: {} },
  ai_model_used: 'offline',
  total_api_calls: null,
  candidate_ids: ids,
  candidate_congruence: congruence,
  selected_1: 11,
  selected_2: null,
  selected_3: null,
  selected_4: null,
  recommendations_data: null,
});

describe('rescore snapshot row codec', function () {
  it('pairs the two candidate arrays in stored order', function () {
    const decoded = SnapshotRow.decode(row([11, 12, 13], [1, 0.9, 0.75]));
    if (E.isLeft(decoded)) throw new Error(PathReporter.report(decoded).join('\n'));
    const snapshot = toSnapshot(decoded.right);
    expect(snapshot.candidates).to.deep.equal([
      { profession_id: 11, congruence_score: 1 },
      { profession_id: 12, congruence_score: 0.9 },
      { profession_id: 13, congruence_score: 0.75 },
    ]);
    expect(snapshot.scores.totalApiCalls).to.equal(4);
    expect(snapshot.selected.what_you_love).to.equal(11);
  });

  it('refuses a row whose candidates lost a field (the arrays would pair the wrong scores)', function () {
    const decoded = SnapshotRow.decode(row([11, 12, 13], [1, 0.75]));
    expect(E.isLeft(decoded)).to.equal(true);
    expect(PathReporter.report(decoded).join('\n')).to.contain('congruence_score');
    expect(SnapshotRow.is(row([11, 12, 13], [1, 0.75]))).to.equal(false);
    expect(SnapshotRow.is(row([11], [1]))).to.equal(true);
  });

  it('refuses a candidate id that is not a number', function () {
    expect(E.isLeft(SnapshotRow.decode(row(['11' as unknown as number], [1])))).to.equal(true);
  });
});
