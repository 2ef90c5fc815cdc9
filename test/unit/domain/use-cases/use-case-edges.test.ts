import type { UserId } from '@kenali/domain';
import {
  AbandonSession,
  GetRiasecResult,
  ProfessionId,
  RiasecCodeId,
  SessionToken,
  NO_MODEL,
  TEST_DEBIT_DESCRIPTION,
  TODO_POINTS,
} from '@kenali/domain';
import { expect } from 'chai';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { failing, withCatalogue } from './ports-with.js';
import { World } from './world.js';

describe('use case edges (messages, missing rows, port failures)', function () {
  let w: World;
  let user: UserId;
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user(10);
    for (let i = 0; i < 3; i++) w.profession('I');
  });

  it('StartSession debits with its description and says how many questions to show', async function () {
    const out = await w.started(user);
    expect(out.message).to.equal('Sesi dimulai. Tampilkan 72 pertanyaan sesuai urutan question_ids.');
    expect(TEST_DEBIT_DESCRIPTION).to.equal('Pemakaian Tes Profil Karier — Rekomendasi Profesi');
    expect(w.db.state.ledger.map((row) => row.description)).to.deep.equal([TEST_DEBIT_DESCRIPTION]);
  });

  it('StartSession does not look up a target profession outside FIT_CHECK', async function () {
    const out = await runRight(
      w.startSession.execute({
        user,
        goal: 'RECOMMENDATION',
        persona: 'BUILDER',
        targetProfessionId: ProfessionId(4242),
      }),
    );
    expect(out.test_goal).to.equal('RECOMMENDATION');
    expect((await w.session(user, out.session_token)).test_goal).to.equal('RECOMMENDATION');
  });

  it('SubmitRiasec calls a target unclassified when its code id names no code row', async function () {
    const target = w.profession('S');
    const row = w.db.state.professions.get(Number(target));
    if (!row) throw new Error('no profession');
    w.db.state.professions.set(Number(target), { ...row, riasec_code_id: RiasecCodeId(9999) });
    const { session_token, question_ids } = await w.started(user, 'FIT_CHECK', target);
    await runLeft(
      w.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
      'TargetProfessionUnclassified',
    );
  });

  it('names the fallback model and the unpaid points plainly', function () {
    expect(NO_MODEL).to.equal('none');
    expect(TODO_POINTS).to.equal(
      'Poin Rextra untuk tes ini belum diberikan; fitur poin masih dalam pengembangan.',
    );
  });

  it('AbandonSession says the tokens are not refunded', async function () {
    const { session_token } = await w.started(user);
    const out = await runRight(new AbandonSession(w.uow).execute(user, session_token));
    expect(out.message).to.equal(
      'Sesi diakhiri. Token yang sudah terpakai tidak dikembalikan; tes baru dapat dimulai.',
    );
  });

  describe('GetRiasecResult', function () {
    it('rebuilds the submit response, and answers 404 for unknown tokens and before any submission', async function () {
      const { session_token, question_ids } = await w.started(user);
      const get = new GetRiasecResult(w.repos);
      await runLeft(get.execute(user, session_token), 'RiasecResultNotFound');
      await runLeft(get.execute(user, SessionToken('nope')), 'SessionNotFound');
      const submitted = await runRight(
        w.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
      );
      expect(await runRight(get.execute(user, session_token))).to.deep.include({
        session_token,
        scores: submitted.scores,
        riasec_code_info: submitted.riasec_code_info,
        candidates: submitted.candidates,
        validity_warning: null,
      });
    });

    it('answers RiasecResultNotFound without the code row, and passes on port failures', async function () {
      const { session_token, question_ids } = await w.started(user);
      await runRight(
        w.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
      );
      await runLeft(
        new GetRiasecResult(withCatalogue(w.repos, { codeById: failing() })).execute(user, session_token),
        'PortError',
      );
      w.db.faults.failNext('sessions.findOwned');
      await runLeft(new GetRiasecResult(w.repos).execute(user, session_token), 'PortError');
      w.db.state.codes.clear();
      await runLeft(new GetRiasecResult(w.repos).execute(user, session_token), 'RiasecResultNotFound');
    });
  });
});
