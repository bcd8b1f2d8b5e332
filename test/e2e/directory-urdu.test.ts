import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const log = (page: Page) => page.getByRole('log');

async function choose(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).last().click();
}

async function tick(page: Page, names: string[]) {
  for (const name of names) await page.getByRole('checkbox', { name }).last().check();
  await choose(page, 'ہو گیا');
}

async function type(page: Page, label: string, text: string) {
  const box = page.getByLabel(label).last();
  await box.fill(text);
  await box.press('Enter');
}

describe('Getting Advice in Urdu', () => {
  it('shows Urdu resource text at 320px and marks, in Urdu words, what is still English', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: /Chat with Family Hubs/ }).click();
    await page.getByLabel('Search for your language').fill('اردو');
    await page.getByRole('button', { name: /^اردو/ }).click();

    await expect.poll(() => log(page).textContent()).toContain('آپ ان میں سے کون ہیں؟');
    await choose(page, 'والدین یا دیکھ بھال کرنے والے');
    await tick(page, ['2 سے 4 سال']);
    await tick(page, ['بچوں کا رویہ اور پرورش']);
    await type(page, 'آپ کا پوسٹ کوڈ', 'BD8 1AB');
    await choose(page, 'اس ہفتے');
    await type(page, 'اپنا جواب لکھیں', 'بیٹا بہت غصہ کرتا ہے');

    const cards = page.getByRole('list', { name: 'سروسز جو مدد کر سکتی ہیں' }).first().getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hub = cards.filter({ hasText: 'West Family Hub' });
    await expect.poll(() => hub.textContent()).toContain('مغربی بریڈفورڈ کے لیے آپ کا مقامی فیملی ہب');
    // Opening hours kept as free English text are shown as English, in words.
    expect(await hub.textContent()).toContain('انگریزی میں');
    expect(await hub.textContent()).not.toContain('Your local Family Hub');
    // Summaries not yet translated are marked, never silently English.
    const others = cards.filter({ hasNotText: 'West Family Hub' });
    expect(await others.count()).toBeGreaterThan(0);
    expect(await others.first().locator('p[dir="auto"] [lang="en"]').count()).toBe(1);
    expect(await others.first().locator('p[dir="auto"]').textContent()).toMatch(/^انگریزی میں /);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
