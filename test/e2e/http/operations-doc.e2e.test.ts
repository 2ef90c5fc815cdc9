import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { VARIABLES } from '../../../packages/adapters/src/config/variables.js';
import { testDatabase } from '../../support/database.js';
import { REPO_ROOT } from '../../support/paths.js';
import { type ServerProcess, startServerProcess } from '../../support/server-process.js';

const run = promisify(execFile);
const CLI = `${REPO_ROOT}packages/cli/dist/main.js`;

/** Every `code span` and every line of a fenced block: the names an operator would copy. */
const codeOf = (markdown: string): string[] => {
  const fenced = [...markdown.matchAll(/```\w*\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n'));
  const prose = markdown.replace(/```\w*\n[\s\S]*?```/g, '');
  return [...[...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''), ...fenced];
};

const unique = (values: string[]): string[] => [...new Set(values)].sort();

/** `kenali <command> [<subcommand>] [--flag …]` as written, `npx` or not. */
const kenaliInvocations = (code: string[]): string[][] =>
  code.flatMap((span) =>
    [...span.matchAll(/(?:^|[\s(])kenali((?: +(?:[a-z][a-z-]*|--[a-z][a-z-]*))+)/g)].map((m) =>
      (m[1] ?? '').trim().split(/ +/),
    ),
  );

const help = async (path: string[]): Promise<string | undefined> => {
  try {
    return (await run(process.execPath, [CLI, ...path, '--help'])).stdout;
  } catch {
    return undefined;
  }
};

/** The files of the tool an npm script runs (its .ts entry and the folder next to it). */
const scriptSources = async (command: string): Promise<string> => {
  const entry = /[\w/.-]+\.ts\b/.exec(command)?.[0];
  if (!entry) return '';
  const folder = join(REPO_ROOT, dirname(entry));
  const files = (await readdir(folder)).filter((name) => name.endsWith('.ts'));
  return (await Promise.all(files.map((name) => readFile(join(folder, name), 'utf8')))).join('\n');
};

/** Issue 18: docs/operations.md names only what exists. */
describe('docs/operations.md is true of the code', function () {
  this.timeout(120_000);
  let code: string[];
  let server: ServerProcess;
  before(async () => {
    code = codeOf(await readFile(`${REPO_ROOT}docs/operations.md`, 'utf8'));
    server = await startServerProcess({ DATABASE_URL: (await testDatabase()).url });
  });
  after(async () => server?.stop());

  it('every environment variable is in the configuration registry, or read by the tool that uses it', async () => {
    const names = unique(code.flatMap((span) => span.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? []));
    expect(names).to.include.members(['SHUTDOWN_GRACE_MS', 'METRICS_TOKEN', 'MIGRATE_ON_START']);
    const registry = new Set(VARIABLES.map((variable) => variable.name));
    // The soak's own variables: read by bench/soak or the test support it starts its services with.
    const tools = await Promise.all(
      ['bench/soak', 'test/support'].map((folder) => scriptSources(`${folder}/index.ts`)),
    );
    const readByTools = (name: string) => tools.some((source) => source.includes(`env.${name}`));
    expect(names.filter((name) => !registry.has(name) && !readByTools(name))).to.deep.equal([]);
  });

  it('every kenali command, subcommand and flag is one the CLI has (its --help)', async () => {
    const invocations = unique(kenaliInvocations(code).map((words) => words.join(' '))).map((line) =>
      line.split(' '),
    );
    expect(invocations.length).to.be.greaterThan(10);
    const missing: string[] = [];
    for (const words of invocations) {
      const [command, second] = words;
      const top = await help([command ?? '']);
      if (!top?.startsWith(`Usage: kenali ${command}`)) {
        missing.push(`kenali ${command}`);
        continue;
      }
      // A second word is a subcommand when the command lists it; its flags are then the subcommand's.
      const isSub =
        second !== undefined && !second.startsWith('--') && new RegExp(`^  ${second}\\b`, 'm').test(top);
      const text = isSub ? await help([command ?? '', second]) : top;
      for (const flag of words.filter((word) => word.startsWith('--'))) {
        if (!text?.includes(flag)) missing.push(`kenali ${words.join(' ')}: ${flag}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it('every path is served (not 404), and every metric named is exported on /metrics', async () => {
    const paths = unique(code.filter((span) => /^\/[a-z][\w/-]*$/.test(span)));
    expect(paths).to.include.members(['/healthz', '/metrics', '/readyz']);
    const statuses = await Promise.all(
      paths.map(async (path) => [path, (await fetch(`${server.url}${path}`)).status]),
    );
    expect(statuses.filter(([, status]) => status === 404)).to.deep.equal([]);
    const exported = await (await fetch(`${server.url}/metrics`)).text();
    const metrics = unique(
      code.filter((span) => /^[a-z]+(?:_[a-z]+)+_(?:total|seconds|duration|size)$/.test(span)),
    );
    expect(metrics).to.include('idempotency_cache_hits_total');
    expect(metrics.filter((name) => !exported.includes(`# HELP ${name} `))).to.deep.equal([]);
  });

  it('every npm script exists, and the flags given to it are ones its tool reads', async () => {
    const scripts = (
      JSON.parse(await readFile(`${REPO_ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const uses = code.flatMap((span) =>
      [...span.matchAll(/\bnpm (start|test|run ([\w:-]+))((?: -- [^`]*)?)/g)].map((m) => ({
        name: m[2] ?? m[1] ?? '',
        flags: (m[3] ?? '').match(/--[a-z][a-z-]*/g) ?? [],
      })),
    );
    expect(uses.map((use) => use.name)).to.include.members(['start', 'soak']);
    const problems: string[] = [];
    for (const use of uses) {
      const command = scripts[use.name];
      if (command === undefined) {
        problems.push(`npm script ${use.name}`);
        continue;
      }
      const sources = await scriptSources(command);
      for (const flag of use.flags)
        if (!sources.includes(flag)) problems.push(`npm run ${use.name} -- ${flag}`);
    }
    expect(problems).to.deep.equal([]);
  });
});
