// @ts-nocheck
import {
  type Pending,
  type RescoreRequest,
  type RescoreSession,
  type SelectedSession,
  SessionId,
  SessionToken,
  UserId,
} from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import { startBatch } from '../../../packages/cli/src/rescore/batches.js';

const selected: SelectedSession = {
  id: SessionId(1),
  kind: 'scored',
  userId: UserId('user-1'),
  token: SessionToken('token-1'),
};

/** A rescore whose one session plans fine and whose write the test fails when it chooses (a bug or a lost socket). */
const failingWrite = () => {
  const write: { fail?: (error: Error) => void } = {};
  const session = {
    prepare: () => () => Promise.resolve(E.right({ _tag: 'Pending' } as unknown as Pending)),
    commit: () => () => new Promise((_, reject) => (write.fail = reject)),
  } as unknown as RescoreSession;
  return { session, write };
};

/** Node reports a rejection nobody handles once the microtasks drained; a macrotask later it has. */
const rejectionsReported = () => new Promise((resolve) => setImmediate(resolve));

describe('startBatch (rescore runner)', function () {
  it('keeps a write that fails before anyone awaits it from becoming an unhandled rejection', async function () {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    // Mocha's own listener would turn it into a failure elsewhere; this one makes it this test's.
    const listeners = process.listeners('unhandledRejection');
    process.removeAllListeners('unhandledRejection');
    process.on('unhandledRejection', record);
    const error = new Error('write lost');
    const control = new Error('control: nobody handles this one');
    try {
      const { session, write } = failingWrite();
      const started = await startBatch(
        session,
        { sessions: [selected], snapshots: new Map([[1, {} as never]]) },
        () => ({}) as RescoreRequest,
        1,
        () => true,
      );
      expect(started.done).to.equal(1);
      expect(write.fail, 'the write is in flight').to.be.a('function');
      // The write fails while the caller plans the next batch; the control shows the wait lets Node report.
      write.fail!(error);
      void Promise.reject(control);
      await rejectionsReported();
      expect(unhandled).to.deep.equal([control]);
      let caught: unknown;
      await started.results.catch((e: unknown) => (caught = e));
      expect(caught).to.equal(error);
    } finally {
      process.removeListener('unhandledRejection', record);
      for (const listener of listeners) process.on('unhandledRejection', listener);
    }
  });
});
