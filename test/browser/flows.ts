/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser: they use its globals.
import { execFileSync } from 'node:child_process';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { KENALI_BIN } from '../support/serve-process.js';
import { expectAccessible, screenshot } from './browser.js';

/** `kenali user create --link` exactly as a person runs it: its stdout is the URL to open. */
export const linkFor = (
  databaseUrl: string,
  baseUrl: string,
  options: { tokens?: number; name?: string } = {},
) => {
  const args = ['user', 'create', '--link', '--base-url', baseUrl, '--tokens', String(options.tokens ?? 10)];
  if (options.name) args.push('--name', options.name);
  const out = execFileSync(process.execPath, [KENALI_BIN, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = out.trim();
  expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/app\/#link=[A-Za-z0-9_-]{43}$/);
  return url;
};

/** A strongly investigative profile: answer per RIASEC letter (R, I, A, S, E, C). */
export const INVESTIGATIVE = [4, 5, 2, 2, 3, 4];
/** A strongly social profile. */
export const SOCIAL = [2, 2, 3, 5, 4, 2];

export const heading = (page: Page) => page.locator('main h1');

/** Checks the screen's heading, runs axe on it and keeps its screenshot. */
export const atScreen = async (page: Page, title: string | RegExp, shot: string): Promise<void> => {
  await expect_(page, title);
  await expectAccessible(page, shot);
  await screenshot(page, shot);
};

const expect_ = async (page: Page, title: string | RegExp): Promise<void> => {
  await heading(page).filter({ hasText: title }).waitFor({ timeout: 15_000 });
};

/** The item on screen, from the page's saved progress (the session's order). */
const currentQuestion = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const p = JSON.parse(localStorage.getItem('kenali.progress') ?? '{}') as {
      questionIds: number[];
      index: number;
    };
    return p.questionIds[p.index] ?? 0;
  });

/** Answers items with the number keys until `answered` are done, checking the progress text each time. */
export const answerWithKeys = async (page: Page, profile: readonly number[], upTo: number): Promise<void> => {
  for (;;) {
    const done = await page.locator('.progress-head span').nth(1).innerText();
    const count = Number(/\d+/.exec(done)?.[0]);
    if (count >= upTo) return;
    const question = await currentQuestion(page);
    await page.keyboard.press(String(profile[Math.floor((question - 1) / 12)]));
    await page
      .locator('.progress-head span')
      .nth(1)
      .filter({ hasText: `${count + 1} terjawab` })
      .waitFor();
  }
};

/** One Ikigai step: optionally pick a candidate, check the live length rule, write, send. */
export const ikigaiStep = async (
  page: Page,
  step: number,
  pick: number | null,
  text: string,
): Promise<void> => {
  await page
    .locator('.step')
    .filter({ hasText: `Ikigai ${step} dari 4` })
    .waitFor();
  if (pick === null) await page.getByLabel('Belum ada yang cocok').check();
  else await page.locator('input[name="pick"]').nth(pick).check();
  const area = page.locator('#reason');
  await area.fill('pendek');
  expect(await page.locator('#reason-count').innerText()).to.contain('kurang 4 lagi');
  expect(await page.locator('form button[type="submit"]').isDisabled()).to.equal(true);
  await area.fill(text);
  expect(await page.locator('#reason-count').innerText()).to.contain('cukup');
  await atScreen(page, /.+/, `ikigai-${step}`);
  await page.locator('form button[type="submit"]').click();
};
