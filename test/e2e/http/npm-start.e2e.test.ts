import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect } from 'chai';
import { testDatabase } from '../../support/database.js';
import { REPO_ROOT } from '../../support/paths.js';
import { freePort } from '../../support/server-process.js';
import { untilReady } from '../../support/serve-process.js';

/** Whether a new listener can take the port, i.e. no process of the service still holds it. */
const portFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

describe('npm start forwards SIGTERM to the service (what a container runtime sends)', function () {
  this.timeout(180_000);

  it('SIGTERM to npm: the service drains and exits, npm exits 0, nothing holds the port', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: (await testDatabase()).url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        AI_PROVIDER: 'offline',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(npm, 'exit').then(([code]) => code as number | null);
    await untilReady(npm, `http://127.0.0.1:${port}`, () => output, 120_000);
    npm.kill('SIGTERM');
    expect(await exited, output).to.equal(0);
    // The service itself got the signal and ran its graceful shutdown (not killed, not orphaned).
    expect(output).to.match(/"msg":"shutting down"/);
    expect(output).to.match(/"msg":"stopped"/);
    expect(await portFree(port)).to.equal(true);
  });
});
