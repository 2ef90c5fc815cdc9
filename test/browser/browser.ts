/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser: they use its globals.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect } from 'chai';
import { type Browser, type Page, chromium } from 'playwright-core';
import { REPO_ROOT, inCi } from '../support/paths.js';

/** Debian's chromium (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every run uses (the tests and `npm run bench:app`): no GPU, no sandbox, no network of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots of every screen: test artifacts, ignored by git (.test-output/). */
export const ARTIFACTS = join(REPO_ROOT, '.test-output', 'browser');

/**
 * Launches the distribution's chromium. Missing outside CI: the suite is skipped and says so loudly; with
 * CI=true a missing browser fails the run (`.ci/run` installs it).
 */
export const launch = async (context: Mocha.Context): Promise<Browser | undefined> => {
  if (!existsSync(CHROMIUM)) {
    const reason = `chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
    if (inCi()) throw new Error(`${reason}; CI=true requires it`);
    console.warn(`\n      [SKIP] BROWSER TESTS NOT RUN: ${reason}\n`);
    context.skip();
    return undefined;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
};

/** A phone-sized page (390×844, touch) with no state from other tests. */
export const phonePage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
  });
  return context.newPage();
};

export const screenshot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
};

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core on the current screen: no serious or critical violation (WCAG 2.1 A/AA and best practices). */
export const expectAccessible = async (page: Page, screen: string): Promise<void> => {
  // Injected through the devtools protocol, which the page's Content-Security-Policy does not restrict.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${screen}: ${JSON.stringify(serious, null, 1)}`).to.deep.equal([]);
};
