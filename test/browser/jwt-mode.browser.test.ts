/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser: they use its globals.
import { execFileSync } from 'node:child_process';
import { expect } from 'chai';
import { SignJWT } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { testDatabase } from '../support/database.js';
import { type TestApp, testApp } from '../support/kenali-app.js';
import { freePort } from '../support/server-process.js';
import { KENALI_BIN, type ServeProcess, startServe } from '../support/serve-process.js';
import { launch, phonePage } from './browser.js';
import { INVESTIGATIVE, answerWithKeys, atScreen } from './flows.js';

const SECRET = 'the-browser-test-secret-of-kenali-jwt-mode';

/** An HS256 token for `userId`, as the Kenali Diri app would hold one. */
const tokenFor = (userId: string, secret = SECRET): Promise<string> =>
  new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(secret));

/** `kenali user create --tokens N`: prints the new user's id. */
const createUser = (databaseUrl: string, tokens: number): string =>
  execFileSync(process.execPath, [KENALI_BIN, 'user', 'create', '--tokens', String(tokens)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

/**
 * Issue 20: in AUTH_MODE=jwt the web client asks for a Bearer token, keeps it in the tab and sends it; the
 * token decides who the person is, and nothing the page sends can make it another user. Also the 429 message.
 */
describe('web client /app/ in JWT mode', function () {
  this.timeout(300_000);
  let browser: Browser | undefined;
  let serve: ServeProcess;
  let app: TestApp;
  let databaseUrl: string;
  let page: Page;
  let userA: string;
  let userB: string;

  before(async function () {
    browser = await launch(this);
    app = await testApp(); // migrates and seeds the test database
    databaseUrl = (await testDatabase()).url;
    userA = createUser(databaseUrl, 10);
    userB = createUser(databaseUrl, 10);
    serve = await startServe(await freePort(), {
      DATABASE_URL: databaseUrl,
      AUTH_MODE: 'jwt',
      JWT_SECRET: SECRET,
    });
  });
  after(async () => {
    await browser?.close();
    serve?.child.kill('SIGTERM');
    if (serve) await serve.exited;
  });
  beforeEach(async () => {
    page = await phonePage(browser!);
  });
  afterEach(async () => page?.context().close());

  const balanceOf = async (userId: string): Promise<number> =>
    (await app.knex('token_wallet').where({ user_id: userId }).first<{ balance: number }>()).balance;
  const sessionsOf = async (userId: string): Promise<string[]> =>
    (await app.knex('careerprofile_test_sessions').where({ user_id: userId }).select('session_token')).map(
      (row: { session_token: string }) => String(row.session_token),
    );

  const signIn = async (token: string): Promise<void> => {
    await page.goto(`${serve.url}/app/`);
    await atScreen(page, 'Masuk', 'jwt-01-sign-in');
    await page.locator('#bearer').fill(token);
    await page.getByRole('button', { name: 'Masuk' }).click();
  };

  it("A's token starts A's test and answers items, even when the page also claims to be B", async () => {
    const [balanceA, balanceB] = [await balanceOf(userA), await balanceOf(userB)];
    const sent: { authorization?: string; userId?: string }[] = [];
    // Every API call also carries B's id in the header gateway mode would trust: JWT mode must ignore it.
    await page.route('**/api/v1/**', async (route) => {
      const headers = { ...route.request().headers(), 'x-user-id': userB };
      sent.push({ authorization: route.request().headers().authorization, userId: headers['x-user-id'] });
      return route.continue({ headers });
    });
    await signIn(await tokenFor(userA));
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.locator('#question-text').waitFor();
    await answerWithKeys(page, INVESTIGATIVE, 3);
    await atScreen(page, /.+/, 'jwt-02-question');

    expect(sent.length).to.be.greaterThan(0);
    expect(sent.every((request) => request.authorization?.startsWith('Bearer '))).to.equal(true);
    const token = await page.evaluate(() => sessionStorage.getItem('kenali.bearer'));
    expect(token, 'kept in this tab only').to.be.a('string').and.not.equal('');
    expect(await page.evaluate(() => localStorage.getItem('kenali.bearer'))).to.equal(null);
    expect(await sessionsOf(userA)).to.have.length(1);
    expect(await sessionsOf(userB)).to.deep.equal([]);
    expect(await balanceOf(userA)).to.equal(balanceA - 3);
    expect(await balanceOf(userB)).to.equal(balanceB);
  });

  it("a token for B not signed with kenali's secret is refused: no session, no charge, sign in again", async () => {
    const balanceB = await balanceOf(userB);
    await signIn(await tokenFor(userB, 'another-secret-that-kenali-does-not-know-at-all'));
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByText('Kamu belum dikenali').waitFor();
    await atScreen(page, /.+/, 'jwt-03-refused');
    expect(await sessionsOf(userB)).to.deep.equal([]);
    expect(await balanceOf(userB)).to.equal(balanceB);
    await page.getByRole('button', { name: 'Masuk lagi' }).click();
    await page.locator('#bearer').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('kenali.bearer'))).to.equal(null);
  });

  it('429: the Indonesian message with the wait the server asked for', async () => {
    await page.route('**/api/v1/career-profile/recommendation/start', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '1' },
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          detail: 'rate limited',
        }),
      }),
    );
    await signIn(await tokenFor(userB));
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByText('Terlalu banyak permintaan dalam waktu singkat. Tunggu 1 detik').waitFor();
    await atScreen(page, /.+/, 'jwt-04-too-many-requests');
    expect(await sessionsOf(userB)).to.deep.equal([]);
  });
});
