import type {
  AiError,
  CandidateEntry,
  ContentCache,
  DimensionTexts,
  IkigaiContentWriter,
  ProfessionContent,
  ProfessionId,
  ProfessionProfile,
  UserId,
} from '@kenali/domain';
import {
  CONTENT_TTL_SECONDS,
  DIMENSION_KEYS,
  GetIkigaiContent,
  IkigaiContent,
  MISSING_TEXT,
  ProfessionId as toProfessionId,
  RiasecCodeId,
  SessionToken,
  StartIkigai,
  displayCandidates,
} from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { I_SINGLE, answersFor } from '../../../support/riasec-answers.js';
import { failing, withCatalogue } from './ports-with.js';
import { World } from './world.js';

class MapContentCache implements ContentCache {
  readonly entries = new Map<string, { payload: unknown; ttl: number }>();
  get = (token: string) => () => Promise.resolve(O.fromNullable(this.entries.get(token)?.payload));
  set = (token: string, payload: unknown, ttl: number) => () => {
    this.entries.set(token, { payload: structuredClone(payload), ttl });
    return Promise.resolve();
  };
}

const texts = (prefix: string): DimensionTexts =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, `  ${prefix} ${k}  `])) as DimensionTexts;
const trimmed = (prefix: string): DimensionTexts =>
  Object.fromEntries(DIMENSION_KEYS.map((k) => [k, `${prefix} ${k}`])) as DimensionTexts;
const missing = Object.fromEntries(DIMENSION_KEYS.map((k) => [k, MISSING_TEXT])) as DimensionTexts;

/** Writes content per profession from a script; records the profession ids of each call. */
class ContentWriter implements IkigaiContentWriter {
  readonly calls: number[][] = [];
  constructor(
    private readonly script: (
      p: readonly ProfessionProfile[],
    ) => E.Either<AiError, readonly ProfessionContent[]> = (profiles) =>
      E.right(profiles.map((p) => ({ profession_id: p.profession_id, dimension_content: texts(p.name) }))),
  ) {}
  write = (professions: readonly ProfessionProfile[]) => () => {
    this.calls.push(professions.map((p) => Number(p.profession_id)));
    return Promise.resolve(
      E.map((items: readonly ProfessionContent[]) => ({ model: 'm', items }))(this.script(professions)),
    );
  };
}

const entry = (id: number, order: number): CandidateEntry => ({
  profession_id: toProfessionId(id),
  riasec_code_id: RiasecCodeId(2),
  expansion_tier: 1,
  congruence_type: 'exact_match',
  congruence_score: 1 - order / 100,
  display_order: order,
  is_display_candidate: order <= 5,
});

describe('Ikigai content (IkigaiContent, StartIkigai, GetIkigaiContent)', function () {
  let w: World;
  let ids: ProfessionId[];
  beforeEach(function () {
    w = new World().withCodes();
    ids = [w.profession('I'), w.profession('I'), w.profession('I')];
  });
  const nameOf = (id: number) => w.db.state.professions.get(id)?.name ?? '';

  describe('displayCandidates', function () {
    it('keeps display orders 1–5, sorted; all candidates sorted when none is a display one', function () {
      const pool = [entry(1, 6), entry(2, 3), entry(3, 5), entry(4, 1), entry(5, 7)];
      expect(displayCandidates(pool).map((c) => c.display_order)).to.deep.equal([1, 3, 5]);
      expect(displayCandidates([entry(1, 9), entry(2, 6)]).map((c) => c.display_order)).to.deep.equal([6, 9]);
      expect(displayCandidates([])).to.deep.equal([]);
    });
  });

  describe('IkigaiContent.load', function () {
    it('writes content for the display candidates once, trims it, and caches it for two hours', async function () {
      const cache = new MapContentCache();
      const writer = new ContentWriter();
      const content = new IkigaiContent(w.repos.catalogue, writer, cache, w.clock);
      const pool = [entry(ids[1], 2), entry(ids[0], 1), entry(ids[2], 6)];
      const loaded = await runRight(content.load('tok', pool));
      expect(writer.calls).to.deep.equal([[ids[0], ids[1]]]);
      const expected = [entry(ids[0], 1), entry(ids[1], 2)].map((c) => ({
        profession_id: c.profession_id,
        profession_name: nameOf(c.profession_id),
        display_order: c.display_order,
        congruence_score: c.congruence_score,
        dimension_content: trimmed(nameOf(c.profession_id)),
      }));
      expect(loaded).to.deep.equal({
        generated_at: w.clock.now().toISOString(),
        candidates: expected,
        from_cache: false,
      });
      expect(cache.entries.get('tok')).to.deep.equal({
        payload: { generated_at: w.clock.now().toISOString(), candidates: expected },
        ttl: CONTENT_TTL_SECONDS,
      });
      expect(CONTENT_TTL_SECONDS).to.equal(7200);
      const again = await runRight(content.load('tok', pool));
      expect(again).to.deep.equal({ ...loaded, from_cache: true });
      expect(writer.calls).to.have.length(1);
    });

    it('fills blank or missing texts, keeps options when given, and names a missing profession "Unknown"', async function () {
      const writer = new ContentWriter((profiles) =>
        E.right([
          {
            profession_id: profiles[0].profession_id,
            dimension_content: { ...texts('a'), what_you_love: '   ' },
            dimension_options: texts('o'),
          },
        ]),
      );
      const content = new IkigaiContent(w.repos.catalogue, writer, new MapContentCache(), w.clock);
      const loaded = await runRight(content.load('t', [entry(ids[0], 1), entry(ids[1], 2), entry(999, 3)]));
      expect(loaded.candidates[0].dimension_content).to.deep.equal({
        ...trimmed('a'),
        what_you_love: MISSING_TEXT,
      });
      expect(loaded.candidates[0].dimension_options).to.deep.equal(trimmed('o'));
      expect(loaded.candidates[1]).to.not.have.property('dimension_options');
      expect(loaded.candidates[1].dimension_content).to.deep.equal(missing);
      expect(loaded.candidates[2]).to.deep.include({ profession_id: 999, profession_name: 'Unknown' });
    });

    it('shows placeholder texts after an AI failure and does not cache them', async function () {
      const cache = new MapContentCache();
      const failure: AiError = { _tag: 'AiError', call: 'content', reason: 'timeout', message: 'slow' };
      const content = new IkigaiContent(
        w.repos.catalogue,
        new ContentWriter(() => E.left(failure)),
        cache,
        w.clock,
      );
      const loaded = await runRight(content.load('t', [entry(ids[0], 1)]));
      expect(loaded.from_cache).to.equal(false);
      expect(loaded.candidates[0].dimension_content).to.deep.equal(missing);
      expect(cache.entries.size).to.equal(0);
    });

    it('treats a cached payload of another shape as a miss', async function () {
      const cache = new MapContentCache();
      cache.entries.set('t', { payload: { generated_at: 5, candidates: [] }, ttl: 1 });
      const writer = new ContentWriter();
      const content = new IkigaiContent(w.repos.catalogue, writer, cache, w.clock);
      const loaded = await runRight(content.load('t', [entry(ids[0], 1)]));
      expect(loaded.from_cache).to.equal(false);
      expect(writer.calls).to.have.length(1);
    });

    it('treats a cached payload whose candidates lack texts, or carry bad options, as a miss', async function () {
      const good = {
        profession_id: 1,
        profession_name: 'A',
        display_order: 1,
        congruence_score: 1,
        dimension_content: trimmed('x'),
      };
      const payloads = [
        { generated_at: 'x', candidates: [{ ...good, dimension_content: {} }] },
        { generated_at: 'x', candidates: [{ ...good, dimension_options: 5 }] },
        { generated_at: 'x', candidates: [{ ...good, display_order: '1' }] },
        { candidates: [good] },
      ];
      for (const payload of payloads) {
        const cache = new MapContentCache();
        cache.entries.set('t', { payload, ttl: 1 });
        const loaded = await runRight(
          new IkigaiContent(w.repos.catalogue, new ContentWriter(), cache, w.clock).load('t', [
            entry(ids[0], 1),
          ]),
        );
        expect(loaded.from_cache, JSON.stringify(payload)).to.equal(false);
      }
      const cache = new MapContentCache();
      cache.entries.set('t', { payload: { generated_at: 'x', candidates: [good] }, ttl: 1 });
      const hit = await runRight(
        new IkigaiContent(w.repos.catalogue, new ContentWriter(), cache, w.clock).load('t', [
          entry(ids[0], 1),
        ]),
      );
      expect(hit).to.deep.equal({ generated_at: 'x', candidates: [good], from_cache: true });
      expect(MISSING_TEXT).to.equal('Deskripsi tidak tersedia.');
    });

    it('passes on a failure of the profile read', async function () {
      const broken = withCatalogue(w.repos, { profiles: failing() });
      const content = new IkigaiContent(
        broken.catalogue,
        new ContentWriter(),
        new MapContentCache(),
        w.clock,
      );
      await runLeft(content.load('t', [entry(ids[0], 1)]), 'PortError');
    });
  });

  describe('StartIkigai and GetIkigaiContent', function () {
    let user: UserId;
    let cache: MapContentCache;
    let content: IkigaiContent;
    beforeEach(function () {
      user = w.user();
      cache = new MapContentCache();
      content = new IkigaiContent(w.repos.catalogue, new ContentWriter(), cache, w.clock);
    });
    const riasecDone = async () => {
      const { session_token, question_ids } = await w.started(user);
      await runRight(
        w.submitRiasec.execute({ user, token: session_token, answers: answersFor(I_SINGLE, question_ids) }),
      );
      return session_token;
    };

    it('starts the phase with an empty answer row, then answers the same content from the cache', async function () {
      const token = await riasecDone();
      const start = new StartIkigai(w.uow, w.repos, content, w.clock);
      const first = await runRight(start.execute(user, token));
      expect(first).to.deep.include({
        session_token: token,
        status: 'ikigai_ongoing',
        from_cache: false,
        regenerated: true,
        total_display_candidates: 3,
        total_all_candidates: 3,
        user_riasec_code: 'I',
        message: 'Sesi Ikigai dimulai dan konten dibuat.',
        generated_at: w.clock.now().toISOString(),
      });
      expect(first.candidates_with_content.map((c) => c.profession_id)).to.deep.equal(ids);
      expect((await w.session(user, token)).status).to.equal('ikigai_ongoing');
      const session = await w.session(user, token);
      expect(w.db.state.ikigaiResponses.get(Number(session.id))).to.deep.include({
        completed: false,
        answers: {},
      });
      const again = await runRight(start.execute(user, token));
      expect(again).to.deep.include({
        from_cache: true,
        regenerated: false,
        message: 'Konten diambil dari cache.',
      });
      const read = await runRight(new GetIkigaiContent(w.repos, content).execute(user, token));
      expect(read).to.deep.include({ from_cache: true, message: 'Konten diambil dari cache.' });
      cache.entries.clear();
      const regenerated = await runRight(new GetIkigaiContent(w.repos, content).execute(user, token));
      expect(regenerated).to.deep.include({
        from_cache: false,
        regenerated: true,
        message: 'Konten lama kedaluwarsa, konten baru dibuat.',
      });
    });

    it('refuses unknown and unstarted sessions and a FIT_CHECK session, and misses without candidates', async function () {
      const start = new StartIkigai(w.uow, w.repos, content, w.clock);
      const get = new GetIkigaiContent(w.repos, content);
      await runLeft(start.execute(user, SessionToken('nope')), 'SessionNotFound');
      await runLeft(get.execute(user, SessionToken('nope')), 'SessionNotFound');
      const { session_token } = await w.started(user);
      const early = await runLeft(start.execute(user, session_token), 'WrongStatus');
      expect(early.actual).to.equal('riasec_ongoing');
      await runLeft(get.execute(user, session_token), 'WrongStatus');
      const fitUser = w.user();
      const fit = await w.completedFitCheck(fitUser, ids[0]);
      await runLeft(start.execute(fitUser, fit.session_token), 'IkigaiNotUsed');
      const token = await (async () => {
        const other = w.user();
        user = other;
        return riasecDone();
      })();
      const riasecCompleted = await runLeft(get.execute(user, token), 'WrongStatus');
      expect(riasecCompleted).to.deep.include({ actual: 'riasec_completed', expected: ['ikigai_ongoing'] });
      const session = await w.session(user, token);
      w.db.state.submissions.delete(Number(session.id));
      await runLeft(start.execute(user, token), 'CandidatesMissing');
    });
  });
});
