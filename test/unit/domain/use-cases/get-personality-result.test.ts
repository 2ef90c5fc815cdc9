import type {
  AiError,
  PersonalityCache,
  PersonalityWriter,
  Session,
  UserId,
  UserSummary,
} from '@kenali/domain';
import {
  GetPersonalityResult,
  PERSONALITY_TTL_SECONDS,
  SessionToken,
  fallbackAboutCode,
} from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { canonicalCode } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { failing, withCatalogue } from './ports-with.js';
import { World } from './world.js';

/** A cache that keeps what it is given, with the TTL it was given. */
class MapCache implements PersonalityCache {
  readonly entries = new Map<string, { text: string; ttl: number }>();
  get = (code: string) => () => {
    const entry = this.entries.get(code);
    return Promise.resolve(entry ? O.some(entry.text) : O.none);
  };
  set = (code: string, text: string, ttl: number) => () => {
    this.entries.set(code, { text, ttl });
    return Promise.resolve();
  };
}

/** A writer answering from a script and recording its arguments. */
class Writer implements PersonalityWriter {
  readonly calls: [string, string, string][] = [];
  constructor(private readonly answer: () => E.Either<AiError, string>) {}
  aboutCode = (code: string, title: string, description: string) => () => {
    this.calls.push([code, title, description]);
    // A throwing script becomes a rejected promise, as a failing HTTP client gives.
    return Promise.resolve().then(() => this.answer());
  };
}

const aiFailure: AiError = { _tag: 'AiError', call: 'personality', reason: 'timeout', message: 'slow' };

describe('GetPersonalityResult', function () {
  let w: World;
  let user: UserId;
  let caller: UserSummary;
  let session: Session;
  beforeEach(async function () {
    w = new World().withCodes();
    user = w.user();
    caller = { id: user, fullname: 'Budi', role: 'USER' };
    for (let i = 0; i < 3; i++) w.profession('I');
    session = await w.completedFitCheck(user, w.profession('I'));
  });

  it('builds the tab from the code row and the written text, and caches the text for a week', async function () {
    const cache = new MapCache();
    const writer = new Writer(() => E.right('Teks tentang kode I.'));
    const result = await runRight(
      new GetPersonalityResult(w.repos, cache, writer).execute(caller, session.session_token),
    );
    const code = canonicalCode('I');
    expect(result).to.deep.equal({
      session_token: session.session_token,
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: [{ letter: 'I', name: 'Investigative' }],
      about_code: 'Teks tentang kode I.',
      strengths: code.strengths,
      challenges: code.challenges,
      strategies: code.strategies,
      interaction_styles: code.interaction_styles,
      work_environments: code.work_environments,
    });
    expect(writer.calls).to.deep.equal([['I', code.riasec_title, code.riasec_description]]);
    expect(cache.entries.get('I')).to.deep.equal({
      text: 'Teks tentang kode I.',
      ttl: PERSONALITY_TTL_SECONDS,
    });
    expect(PERSONALITY_TTL_SECONDS).to.equal(604_800);
  });

  it('serves a cached text without asking the writer', async function () {
    const cache = new MapCache();
    cache.entries.set('I', { text: 'Dari cache.', ttl: 1 });
    const writer = new Writer(() => E.right('baru'));
    const result = await runRight(
      new GetPersonalityResult(w.repos, cache, writer).execute(caller, session.session_token),
    );
    expect(result.about_code).to.equal('Dari cache.');
    expect(writer.calls).to.deep.equal([]);
  });

  it('falls back without caching when the writer fails, throws or answers blank', async function () {
    const answers: (() => E.Either<AiError, string>)[] = [
      () => E.left(aiFailure),
      () => {
        throw new Error('socket hang up');
      },
      () => E.right('   '),
    ];
    for (const answer of answers) {
      const cache = new MapCache();
      const result = await runRight(
        new GetPersonalityResult(w.repos, cache, new Writer(answer)).execute(caller, session.session_token),
      );
      expect(result.about_code).to.equal(fallbackAboutCode('I'));
      expect(cache.entries.size).to.equal(0);
    }
    expect(fallbackAboutCode('RIA'))
      .to.match(/^Kode RIA merangkum/)
      .and.contain('\n');
  });

  it('describes a code whose description is blank by its title', async function () {
    const code = canonicalCode('I');
    w.db.state.codes.set(Number(code.id), { ...code, riasec_description: '  ' });
    const writer = new Writer(() => E.right('ok'));
    await runRight(
      new GetPersonalityResult(w.repos, new MapCache(), writer).execute(caller, session.session_token),
    );
    expect(writer.calls).to.deep.equal([['I', code.riasec_title, code.riasec_title]]);
  });

  it('takes a session of either goal, and refuses unknown, foreign and unfinished ones', async function () {
    const get = new GetPersonalityResult(w.repos, new MapCache(), new Writer(() => E.right('x')));
    const other = w.user();
    const recommendation = await w.completedRecommendation(other);
    const own = await runRight(get.execute({ ...caller, id: other }, recommendation.session_token));
    expect(own.riasec_code).to.equal('I');
    await runLeft(get.execute(caller, recommendation.session_token), 'SessionNotFound');
    await runLeft(get.execute(caller, SessionToken('nope')), 'SessionNotFound');
    const third = w.user();
    const ongoing = await w.started(third);
    await runLeft(get.execute({ ...caller, id: third }, ongoing.session_token), 'WrongStatus');
  });

  it('answers RiasecResultNotFound without an outcome or without its code row', async function () {
    const get = () => new GetPersonalityResult(w.repos, new MapCache(), new Writer(() => E.right('x')));
    const outcome = w.db.state.submissions.get(Number(session.id));
    if (!outcome) throw new Error('no stored outcome');
    w.db.state.codes.delete(Number(outcome.riasec_code_id));
    await runLeft(get().execute(caller, session.session_token), 'RiasecResultNotFound');
    w.db.state.submissions.delete(Number(session.id));
    await runLeft(get().execute(caller, session.session_token), 'RiasecResultNotFound');
  });

  it('passes on a failure of the session read and of the code read', async function () {
    const writer = new Writer(() => E.right('x'));
    const broken = withCatalogue(w.repos, { codeById: failing() });
    await runLeft(
      new GetPersonalityResult(broken, new MapCache(), writer).execute(caller, session.session_token),
      'PortError',
    );
    w.db.faults.failNext('sessions.findOwned');
    await runLeft(
      new GetPersonalityResult(w.repos, new MapCache(), writer).execute(caller, session.session_token),
      'PortError',
    );
    expect(writer.calls).to.deep.equal([]);
  });
});
