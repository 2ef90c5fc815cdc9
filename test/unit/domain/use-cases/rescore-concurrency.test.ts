import type { Session } from '@kenali/domain';
import { DIMENSION_KEYS, SessionToken } from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { RescoreHarness, request, reversed } from './rescore-harness.js';
import { dimensionInput } from './world.js';

describe('RescoreSession: concurrent writers, batches and stuck sessions', function () {
  let h: RescoreHarness;
  beforeEach(async function () {
    h = await new RescoreHarness().init();
  });

  describe('concurrent writers', function () {
    it('plans again from what another writer stored, and writes on the next attempt', async function () {
      let competing = 1;
      h.store.beforeApply = ([id]) => {
        if (competing-- > 0) h.store.bump(id);
      };
      const out = await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask')));
      expect(out).to.deep.include({ _tag: 'Rescored', written: true });
      expect(h.store.applyCalls).to.deep.equal([[Number(h.session.id)], [Number(h.session.id)]]);
      expect(h.store.revisions).to.have.length(1);
    });

    it('gives up with RescoreConflict after three lost attempts', async function () {
      h.store.beforeApply = ([id]) => h.store.bump(id);
      const error = await runLeft(
        h.rescorer(reversed()).execute(h.selected(), request('reask')),
        'RescoreConflict',
      );
      expect(error).to.deep.equal({ _tag: 'RescoreConflict', session: h.session.id });
      expect(h.store.applyCalls).to.have.length(3);
      expect(h.store.revisions).to.deep.equal([]);
    });

    it('reports vanished when the scores disappear before the retry', async function () {
      h.store.beforeApply = ([id]) => {
        h.store.bump(id);
        h.w.db.state.ikigaiScores.delete(id);
      };
      const out = await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask')));
      expect(out).to.deep.equal({ _tag: 'Vanished', session: h.ref() });
    });

    it('settles as unchanged on the retry when another writer already stored the same result', async function () {
      h.store.beforeApply = (_ids, revisions) => {
        h.store.beforeApply = () => undefined;
        for (const revision of revisions) h.store.writeRevision(revision);
      };
      const out = await runRight(h.rescorer(reversed()).execute(h.selected(), request('reask')));
      expect(out).to.deep.equal({ _tag: 'Unchanged', session: h.ref(), aiFailures: [] });
      expect(h.store.applyCalls).to.have.length(1);
      expect(h.store.revisions).to.have.length(1);
    });
  });

  describe('commit of several sessions', function () {
    it('writes each session alone when the shared write fails, so one bad session fails only itself', async function () {
      const otherUser = h.w.user();
      const other = await h.w.completedRecommendation(otherUser);
      const rescore = h.rescorer(reversed());
      const prepared = [];
      for (const s of [h.session, other]) {
        const [snapshot] = await runRight(h.store.loadScored([s.id]));
        const p = await runRight(rescore.prepare(snapshot, request('reask')));
        if (p._tag !== 'Pending') throw new Error('expected a pending write');
        prepared.push(p);
      }
      h.store.failShared = true;
      h.store.failFor = Number(other.id);
      const results = await rescore.commit(prepared)();
      expect(results.map((r) => (E.isRight(r) ? r.right._tag : r.left._tag))).to.deep.equal([
        'Rescored',
        'PortError',
      ]);
      expect(h.store.applyCalls).to.deep.equal([
        [Number(h.session.id), Number(other.id)],
        [Number(h.session.id)],
        [Number(other.id)],
      ]);
      expect(h.store.revisions.map((r) => Number(r.session))).to.deep.equal([Number(h.session.id)]);
    });

    it('writes several sessions in one call when it succeeds', async function () {
      const other = await h.w.completedRecommendation(h.w.user());
      const rescore = h.rescorer(reversed());
      const snapshots = await runRight(h.store.loadScored([h.session.id, other.id]));
      const prepared = await Promise.all(
        snapshots.map((s) => runRight(rescore.prepare(s, request('reask')))),
      );
      const results = await rescore.commit(prepared.filter((p) => p._tag === 'Pending'))();
      expect(results.map((r) => E.isRight(r) && r.right._tag)).to.deep.equal(['Rescored', 'Rescored']);
      expect(h.store.applyCalls).to.deep.equal([[Number(h.session.id), Number(other.id)]]);
    });
  });

  describe('stuck sessions', function () {
    let stuck: Session;
    beforeEach(async function () {
      const other = h.w.user();
      stuck = await h.w.ikigaiOngoing(other);
      await runRight(h.w.repos.ikigai.ensureResponseRow(stuck.id, h.w.clock.now()));
      for (const key of DIMENSION_KEYS) {
        const input = dimensionInput(stuck, key);
        await runRight(
          h.w.repos.ikigai.saveAnswer(stuck.id, key, {
            selected_profession_id: null,
            selection_type: 'not_selected',
            reasoning_text: input.reasoning_text,
            answered_at: h.w.clock.now().toISOString(),
          }),
        );
      }
    });

    it('finishes a stuck session as the service does, and reports its top two', async function () {
      const out = await runRight(h.rescorer().execute(h.selected('stuck', stuck), request('reuse')));
      const scores = h.w.db.state.ikigaiScores.get(Number(stuck.id));
      expect(out).to.deep.equal({
        _tag: 'Finalized',
        session: { id: stuck.id, token: stuck.session_token },
        top2: [scores?.topProfession1, scores?.topProfession2],
        written: true,
      });
      expect((await h.w.session(stuck.user_id, stuck.session_token)).status).to.equal('completed');
      const again = await runRight(h.rescorer().execute(h.selected('stuck', stuck), request('reuse')));
      expect(again._tag).to.equal('Vanished');
    });

    it('does nothing in a dry run', async function () {
      const out = await runRight(h.rescorer().execute(h.selected('stuck', stuck), request('reuse', true)));
      expect(out).to.deep.equal({
        _tag: 'Finalized',
        session: { id: stuck.id, token: stuck.session_token },
        top2: null,
        written: false,
      });
      expect((await h.w.session(stuck.user_id, stuck.session_token)).status).to.equal('ikigai_ongoing');
    });

    it('reports an unknown session as vanished', async function () {
      const ghost = { ...h.selected('stuck', stuck), token: SessionToken('gone') };
      expect((await runRight(h.rescorer().execute(ghost, request('reuse'))))._tag).to.equal('Vanished');
    });
  });
});
