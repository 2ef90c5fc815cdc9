/// <reference lib="dom" />
// The functions given to page.evaluate run in the browser: they use its globals.
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { testDatabase } from '../support/database.js';
import { type TestApp, testApp } from '../support/kenali-app.js';
import { freePort } from '../support/server-process.js';
import { type ServeProcess, startServe } from '../support/serve-process.js';
import { ARTIFACTS, launch, phonePage, screenshot } from './browser.js';
import { INVESTIGATIVE, SOCIAL, answerWithKeys, atScreen, heading, ikigaiStep, linkFor } from './flows.js';

/**
 * The width at which the browser decoded the card's SVG (0 if it failed), once it has loaded. page.evaluate
 * goes through the DevTools protocol; a string given to waitForFunction is eval'd in the page, which the
 * client's CSP (script-src 'self') refuses whenever the first check is not already true.
 */
const cardWidth = (page: Page): Promise<number> =>
  page.locator('.result-card img').evaluate((img: HTMLImageElement) =>
    img.complete
      ? img.naturalWidth
      : new Promise<number>((resolve) => {
          img.addEventListener('load', () => resolve(img.naturalWidth), { once: true });
          img.addEventListener('error', () => resolve(0), { once: true });
        }),
  );

const REASON = 'Saya senang meneliti data dan menganalisis angka untuk menjawab pertanyaan riset.';

/**
 * The web client at /app/ in Debian's chromium against `kenali serve` (a real process) on the real
 * PostgreSQL: both goals end to end, what each screen shows, axe-core on every screen, screenshots kept in
 * .test-output/browser/.
 */
describe('web client /app/ in a real browser', function () {
  this.timeout(300_000);
  let browser: Browser | undefined;
  let serve: ServeProcess;
  let app: TestApp;
  let databaseUrl: string;
  let page: Page;

  before(async function () {
    browser = await launch(this);
    app = await testApp(); // migrates and seeds the test database
    databaseUrl = (await testDatabase()).url;
    serve = await startServe(await freePort(), { DATABASE_URL: databaseUrl });
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

  const sessionOf = async (token: string) =>
    app
      .knex('careerprofile_test_sessions')
      .where({ session_token: token })
      .first<{ status: string; user_id: string }>();
  const progressToken = () =>
    page.evaluate(
      () => (JSON.parse(localStorage.getItem('kenali.progress') ?? '{}') as { token?: string }).token ?? '',
    );

  it('RECOMMENDATION: link → goal → 72 items (keys, back/forward, resume after reload) → RIASEC → Ikigai → results → history', async () => {
    await page.goto(linkFor(databaseUrl, serve.url, { name: 'Rina Lestari' }));
    await atScreen(page, 'Tes Profil Karier', '01-home');
    expect(page.url(), 'the link token leaves the address bar').to.not.contain('link=');
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await atScreen(page, 'Mulai tes baru', '02-start');
    await page.getByRole('button', { name: 'Mulai tes' }).click();

    await page.locator('#question-text').waitFor();
    expect(await page.locator('.progress-head').innerText()).to.contain('Pernyataan 1 dari 72');
    await atScreen(page, /.+/, '03-question');
    await answerWithKeys(page, INVESTIGATIVE, 10);
    expect(await page.locator('.progress-head').innerText()).to.contain('Pernyataan 11 dari 72');
    await page.keyboard.press('ArrowLeft');
    await page.locator('.progress-head').filter({ hasText: 'Pernyataan 10 dari 72' }).waitFor();
    expect(await page.locator('.scale-option.chosen').count(), 'the answer given is shown').to.equal(1);
    await page.getByRole('button', { name: 'Berikutnya ›' }).click();
    await page.reload();
    await page.getByRole('button', { name: 'Lanjutkan tes' }).click();
    await page.locator('.progress-head').filter({ hasText: '10 terjawab' }).waitFor();
    expect(await page.locator('.progress-head').innerText()).to.contain('Pernyataan 11 dari 72');
    await answerWithKeys(page, INVESTIGATIVE, 72);
    await screenshot(page, '04-all-answered');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();

    await atScreen(page, 'Kode RIASEC-mu: I', '05-riasec-result');
    expect(await page.locator('.hexagon svg text').count(), 'six hexagon labels').to.equal(6);
    const candidates = await page.locator('ol.candidates li').allInnerTexts();
    expect(candidates).to.have.length(5);
    expect(candidates.join(' ')).to.not.contain('Profesi #');
    await page.getByRole('button', { name: 'Lanjut ke Ikigai' }).click();

    await ikigaiStep(page, 1, 0, REASON);
    await ikigaiStep(page, 2, 1, REASON);
    await ikigaiStep(page, 3, null, REASON);
    await ikigaiStep(page, 4, 0, REASON);

    await atScreen(page, 'Rekomendasi profesimu', '06-result-recommendation');
    await page.screenshot({ path: `${ARTIFACTS}/06-result-recommendation-viewport.png` }); // as a phone shows it
    expect(await page.locator('article.profession').count()).to.equal(2);
    expect(await page.locator('article.profession [role="meter"]').count(), 'score bars').to.be.greaterThan(
      7,
    );
    expect(await page.locator('.tab-panel').innerText()).to.contain('Kecocokan');
    await page.getByRole('tab', { name: 'Kepribadian' }).click();
    await atScreen(page, 'Rekomendasi profesimu', '07-result-personality');
    expect(await page.locator('.tab-panel h3').allInnerTexts()).to.include('Kekuatan');
    await page.getByRole('tab', { name: 'Kartu' }).click();
    const card = page.locator('.result-card img');
    await card.waitFor();
    expect(await cardWidth(page)).to.equal(600);
    expect(await card.getAttribute('alt')).to.contain('Kode RIASEC I');
    await atScreen(page, 'Rekomendasi profesimu', '08-result-card');
    await card.screenshot({ path: `${ARTIFACTS}/card.png` });

    await page.getByRole('link', { name: 'Riwayat' }).click();
    await atScreen(page, 'Riwayat tes', '09-history');
    expect(await page.locator('tbody tr').first().innerText()).to.contain('Selesai');
    expect(await page.locator('main').innerText()).to.contain('Profil karier aktif');
  });

  it('FIT_CHECK: searchable target → 72 items → RIASEC → verdict, personality and card', async () => {
    await page.goto(linkFor(databaseUrl, serve.url));
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByLabel(/Cek kecocokan profesi impian/).check();
    expect(await page.locator('input[value="PATHFINDER"]').isDisabled()).to.equal(true);
    await page.getByLabel('Cari profesi').fill('guru');
    await page.locator('#profession-status').filter({ hasText: 'ditemukan' }).waitFor();
    await atScreen(page, 'Mulai tes baru', '10-fit-start');
    await page.locator('input[name="target"]').first().check();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.locator('#question-text').waitFor();
    await answerWithKeys(page, SOCIAL, 72);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await atScreen(page, /^Kode RIASEC-mu: S/, '11-fit-riasec');
    await page.getByRole('button', { name: 'Lihat hasil akhir' }).click();
    await atScreen(page, 'Hasil cek kecocokan', '12-fit-result');
    expect(await page.locator('.tab-panel .lead').innerText()).to.match(/Profesi tujuan: Guru/);
    expect(await page.locator('.stars').getAttribute('aria-label')).to.match(/^[123] dari 3 bintang$/);
    await page.getByRole('tab', { name: 'Kartu' }).click();
    expect(await cardWidth(page)).to.equal(600);
    await screenshot(page, '13-fit-card');
  });

  it('409: another test is running — resume it, or abandon it through the abandon route and start anew', async () => {
    const url = linkFor(databaseUrl, serve.url);
    await page.goto(url);
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.locator('#question-text').waitFor();
    const first = await progressToken();
    await page.evaluate(() => localStorage.removeItem('kenali.progress')); // as if on another device
    await page.goto(`${serve.url}/app/`);
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByText('Kamu masih punya tes yang belum selesai').waitFor();
    await atScreen(page, 'Mulai tes baru', '14-conflict');
    await page.getByRole('button', { name: 'Lanjutkan tes itu' }).click();
    await page.locator('.progress-head').filter({ hasText: 'Pernyataan 1 dari 72' }).waitFor();
    expect(await progressToken()).to.equal(first);

    await page.getByRole('link', { name: 'Kenali Diri' }).click();
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByRole('button', { name: 'Akhiri tes itu dan mulai baru' }).click();
    await page.locator('.progress-head').filter({ hasText: '0 terjawab' }).waitFor();
    const second = await progressToken();
    expect(second).to.not.equal(first);
    expect((await sessionOf(first))?.status).to.equal('abandoned');
    expect((await sessionOf(second))?.status).to.equal('riasec_ongoing');
  });

  it('402 and 503: the Indonesian message, and "Coba lagi" repeats the action with the same Idempotency-Key', async () => {
    await page.goto(linkFor(databaseUrl, serve.url, { tokens: 1 }));
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByText('Token kamu tidak cukup').waitFor();
    await atScreen(page, 'Mulai tes baru', '15-not-enough-tokens');

    await page.context().close(); // a new browser for the second person: no reload racing the clicks
    page = await phonePage(browser!);
    await page.goto(linkFor(databaseUrl, serve.url));
    const keys: string[] = [];
    let outage = true;
    await page.route('**/api/v1/career-profile/recommendation/start', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (!outage) return route.continue();
      return route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'storage unavailable',
        }),
      });
    });
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByText('Layanan sedang tidak tersedia sebentar').waitFor();
    await screenshot(page, '16-unavailable');
    outage = false;
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.locator('#question-text').waitFor();
    expect(keys.length, 'the client retried, then the person did').to.be.greaterThan(2);
    expect(new Set(keys).size, `one key for the whole action: ${keys.join(', ')}`).to.equal(1);
  });

  it('without a link the page explains how to get one, and a forged link is refused', async () => {
    await page.goto(`${serve.url}/app/`);
    await atScreen(page, 'Buka lewat tautan', '17-sign-in');
    await page.context().close();
    page = await phonePage(browser!);
    await page.goto(`${serve.url}/app/#link=${'A'.repeat(43)}`);
    await page.getByRole('button', { name: 'Mulai tes baru' }).click();
    await page.getByRole('button', { name: 'Mulai tes' }).click();
    await page.getByText('Kamu belum dikenali').waitFor();
    await page.getByRole('button', { name: 'Masuk lagi' }).click();
    expect(await heading(page).innerText()).to.equal('Buka lewat tautan');
  });
});
