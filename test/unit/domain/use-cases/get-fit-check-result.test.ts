import type { FitCheckRecord, ProfessionId, Session, UserId, UserSummary } from '@kenali/domain';
import { GetFitCheckResult, SessionToken, TODO_POINTS, explainFitCheck } from '@kenali/domain';
import { expect } from 'chai';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { failing, withCatalogue } from './ports-with.js';
import { World } from './world.js';

const LABELS = {
  HIGH: { match_label: 'Kecocokan Tinggi', match_stars: 3 },
  MEDIUM: { match_label: 'Kecocokan Sedang', match_stars: 2 },
  LOW: { match_label: 'Kecocokan Rendah', match_stars: 1 },
} as const;

describe('GetFitCheckResult', function () {
  let w: World;
  let user: UserId;
  let caller: UserSummary;
  let target: ProfessionId;
  let session: Session;
  let record: FitCheckRecord;
  beforeEach(async function () {
    w = new World().withCodes();
    user = w.user();
    caller = { id: user, fullname: '  Siti Aminah Putri ', role: 'USER' };
    for (let i = 0; i < 3; i++) w.profession('I');
    target = w.profession('S');
    session = await w.completedFitCheck(user, target);
    const stored = w.db.state.fitChecks.get(Number(session.id));
    if (!stored) throw new Error('the fit check was not stored');
    record = stored;
  });

  it('explains the stored verdict with the user code, the target code and the profession name', async function () {
    const result = await runRight(new GetFitCheckResult(w.repos).execute(caller, session.session_token));
    const name = w.db.state.professions.get(Number(target))?.name;
    if (session.status !== 'completed') throw new Error('expected a completed session');
    expect(result).to.deep.include({
      session_token: session.session_token,
      user_first_name: 'Siti',
      test_completed_at: session.completed_at.toISOString(),
      points_awarded: null,
      TODO_points: TODO_POINTS,
    });
    expect(result.user_riasec).to.deep.equal({
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: ['Investigative'],
      total_candidates_found: null,
    });
    expect(result.target_profession).to.deep.equal({
      profession_id: Number(target),
      name,
      riasec_code: 'S',
      riasec_title: 'Social',
    });
    expect(result.fit_check_result).to.deep.equal({
      match_category: record.match_category,
      ...LABELS[record.match_category],
      rule_type: record.rule_type,
      dominant_letter_same: record.dominant_letter_same,
      is_adjacent_hexagon: record.is_adjacent_hexagon,
      match_score: record.match_score,
      explanation: explainFitCheck({
        match_category: record.match_category,
        rule_type: record.rule_type,
        user_code: 'I',
        profession_name: name ?? '',
        profession_code: 'S',
      }),
    });
  });

  it('shows "Unknown" and empty codes when the catalogue lost the profession and the codes', async function () {
    w.db.state.professions.delete(Number(target));
    w.db.state.codes.delete(Number(record.user_riasec_code_id));
    w.db.state.codes.delete(Number(record.profession_riasec_code_id));
    const result = await runRight(new GetFitCheckResult(w.repos).execute(caller, session.session_token));
    expect(result.target_profession).to.deep.equal({
      profession_id: Number(target),
      name: 'Unknown',
      riasec_code: '',
      riasec_title: '',
    });
    expect(result.user_riasec).to.deep.include({ riasec_code: '', riasec_title: '', top_types: [] });
  });

  it('uses "Pengguna" for a caller without a name', async function () {
    const anonymous = { ...caller, fullname: null };
    const result = await runRight(new GetFitCheckResult(w.repos).execute(anonymous, session.session_token));
    expect(result.user_first_name).to.equal('Pengguna');
  });

  it('answers 404 for a foreign or unknown token, and 400 for another goal or an unfinished session', async function () {
    const get = new GetFitCheckResult(w.repos);
    const stranger = { ...caller, id: w.user() };
    await runLeft(get.execute(stranger, session.session_token), 'SessionNotFound');
    await runLeft(get.execute(caller, SessionToken('no-such-token')), 'SessionNotFound');
    const other = w.user();
    const recommendation = await w.completedRecommendation(other);
    const wrong = await runLeft(
      get.execute({ ...caller, id: other }, recommendation.session_token),
      'WrongGoal',
    );
    expect(wrong).to.deep.equal({ _tag: 'WrongGoal', actual: 'RECOMMENDATION', expected: 'FIT_CHECK' });
    const third = w.user();
    const ongoing = await w.started(third, 'FIT_CHECK', target);
    const status = await runLeft(get.execute({ ...caller, id: third }, ongoing.session_token), 'WrongStatus');
    expect(status.actual).to.equal('riasec_ongoing');
  });

  it('answers FitCheckResultNotFound when the verdict row is missing', async function () {
    w.db.state.fitChecks.delete(Number(session.id));
    await runLeft(
      new GetFitCheckResult(w.repos).execute(caller, session.session_token),
      'FitCheckResultNotFound',
    );
  });

  it('passes on a failure of each catalogue read', async function () {
    const userCodeId = Number(record.user_riasec_code_id);
    const failUser = withCatalogue(w.repos, {
      codeById: (id) => (Number(id) === userCodeId ? failing()() : w.repos.catalogue.codeById(id)),
    });
    const failTarget = withCatalogue(w.repos, {
      codeById: (id) => (Number(id) === userCodeId ? w.repos.catalogue.codeById(id) : failing()()),
    });
    const failBriefs = withCatalogue(w.repos, { briefs: failing('briefs') });
    for (const repos of [failUser, failTarget, failBriefs]) {
      const error = await runLeft(
        new GetFitCheckResult(repos).execute(caller, session.session_token),
        'PortError',
      );
      expect(error.reason).to.equal('unavailable');
    }
    w.db.faults.failNext('fit_check_results.find');
    await runLeft(new GetFitCheckResult(w.repos).execute(caller, session.session_token), 'PortError');
  });
});
