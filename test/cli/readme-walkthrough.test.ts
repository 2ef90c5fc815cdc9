import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { type ScratchDatabase, createScratchDatabase } from '../support/database.js';
import { REPO_ROOT } from '../support/paths.js';
import { freePort } from '../support/server-process.js';
import { type ServeProcess, KENALI_BIN, startServe } from '../support/serve-process.js';

const run = promisify(execFile);

/** The shell block under a README heading, exactly as a reader copies it. */
const readmeBlock = async (heading: string): Promise<string> => {
  const readme = await readFile(`${REPO_ROOT}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf(`## ${heading}`));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`README: no sh block under "${heading}"`);
  return block;
};

/** Every JSON document curl printed, in order (the responses are not separated by newlines). */
const documents = (output: string): Record<string, unknown>[] => {
  const found: Record<string, unknown>[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < output.length; i++) {
    const c = output[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' && depth++ === 0) start = i;
    else if (c === '}' && --depth === 0)
      found.push(JSON.parse(output.slice(start, i + 1)) as Record<string, unknown>);
  }
  return found;
};

/** Issue 18: the README's curl walkthrough works verbatim against a running `kenali serve`. */
describe('README: "A whole test with curl", run as written', function () {
  this.timeout(180_000);
  let db: ScratchDatabase;
  let serve: ServeProcess;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    db = await createScratchDatabase();
    const port = await freePort();
    serve = await startServe(port, { DATABASE_URL: db.url });
    // A reader's own directory (answers.json lands there) in which `npx kenali` finds the project's bin.
    dir = await mkdtemp(join(tmpdir(), 'kenali-readme-'));
    await symlink(`${REPO_ROOT}node_modules`, join(dir, 'node_modules'));
    env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', KENALI_TEST_PORT: String(port) };
    await run(process.execPath, [KENALI_BIN, 'seed'], { env });
  });
  after(async () => {
    serve?.child.kill('SIGTERM');
    await serve?.exited;
    await rm(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('start, 72 answers, RIASEC result, Ikigai start and four answers, the top two', async () => {
    const block = await readmeBlock('A whole test with curl');
    expect(block).to.include('http://localhost:8010/');
    // The only change: the port of the server this test started instead of 8010.
    const script = `set -euo pipefail\n${block.replaceAll('localhost:8010', 'localhost:$KENALI_TEST_PORT')}`;
    await writeFile(join(dir, 'walkthrough.sh'), script);
    const { stdout } = await run('bash', [join(dir, 'walkthrough.sh')], {
      cwd: dir,
      env,
      maxBuffer: 16 << 20,
    });
    const answers = documents(stdout);
    const problems = answers.filter((answer) => typeof answer.status === 'number');
    expect(problems, JSON.stringify(problems)).to.deep.equal([]);
    const statuses = answers.map((answer) => answer.status ?? (answer.all_completed ? 'all' : 'saved'));
    // submit and its reload; Ikigai start; three answers; the fourth completes; the result read.
    expect(statuses).to.deep.equal([
      'riasec_completed',
      'riasec_completed',
      'ikigai_ongoing',
      'saved',
      'saved',
      'saved',
      'completed',
      'completed',
    ]);
    const top = answers[answers.length - 1]?.top_2_professions;
    expect(top).to.be.an('array').with.length(2);
  });
});
