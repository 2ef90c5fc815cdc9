// @ts-nocheck
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { REPO_ROOT } from '../../support/paths.js';

const run = promisify(execFile);

describe('service start-up configuration', () => {
  it('refuses a wrong value with exit code 2 and one line naming every bad variable', async () => {
    const failure = (await run(process.execPath, [`${REPO_ROOT}packages/http/dist/main.js`], {
      env: { ...process.env, PORT: 'abc', AUTH_MODE: 'magic', DATABASE_URL: 'postgres://127.0.0.1:1/x' },
    }).catch((error: unknown) => error)) as { code: number; stderr: string };
    expect(failure.code).to.equal(2);
    const lines = failure.stderr.trim().split('\n');
    expect(lines).to.have.length(1);
    expect(lines[0])
      .to.match(/^kenali: invalid configuration: /)
      .and.include('PORT="abc"')
      .and.include('AUTH_MODE="magic"');
  });
});
