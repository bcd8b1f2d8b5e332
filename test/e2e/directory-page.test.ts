import type { Browser } from 'playwright-core';
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

describe('the public directory page', () => {
  it('searches and filters in Urdu at 320px, right to left, with Urdu resource text, by keyboard, and passes axe', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${server.url}/directory?lang=ur`);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    expect(await runAxe(page)).toEqual([]);

    await page.locator('#q').fill('مغربی');
    await page.locator('#q').press('Enter');
    await page.waitForURL(/q=/);
    const results = page.locator('.results > li');
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('مغربی بریڈفورڈ کے لیے آپ کا مقامی فیملی ہب');

    await page.locator('#q').fill('');
    await page.locator('#need').selectOption('money-debt');
    await page.locator('#locality').selectOption('east');
    await page.keyboard.press('Tab');
    await page.getByRole('button').last().press('Enter');
    await page.waitForURL(/need=money-debt/);
    const shown = await results.count();
    expect(shown).toBeGreaterThan(0);
    // Untranslated summaries say so in Urdu, and are marked English for screen readers.
    expect(await results.first().locator('p[dir="auto"] [lang="en"]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('refuses a malformed search with a 400 that names the field', async () => {
    const response = await fetch(`${server.url}/directory?need=everything`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('need');
  });
});
