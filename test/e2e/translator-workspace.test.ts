import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/auth/index.js';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let browser: Browser;
let server: TestServer;
let context: BrowserContext;
const NEW_TITLE = 'بریڈفورڈ فیملی ہب سے بات کریں';

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ seed: true })]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await context?.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
});

async function translatorConsole(inContext = context): Promise<Page> {
  const page = await inContext.newPage();
  await page.goto(`${server.url}/console`);
  await page.getByLabel('Username').fill('translator');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Translations' }).count(), { timeout: 20_000 }).toBe(1);
  return page;
}

describe("the translators' workspace", () => {
  it('edits an Urdu string, checks it as typed, and shows it in the chat preview; axe clean', async () => {
    const page = await translatorConsole();
    await expect.poll(() => page.getByLabel('Language').locator('option').count()).toBeGreaterThan(5);
    await page.getByLabel('Language').selectOption('ur');
    await expect.poll(() => page.getByRole('table', { name: 'Coverage by file' }).count()).toBe(1);
    // Safety text heads the queue.
    expect(await page.locator('.translation-item').first().textContent()).toMatch(/^(Missing|Draft|Stale)Safety(safeguarding|consent):/);

    await page.getByLabel('File', { exact: true }).selectOption('widget');
    await page.getByRole('button', { name: /widget:panel\.title/ }).click();
    const text = page.getByLabel('Translation', { exact: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('translation-text');
    expect(await text.getAttribute('dir')).toBe('rtl');

    // The same rule as `npm run i18n -- check`: a placeholder English does not have is refused as typed.
    await text.fill(`${NEW_TITLE} {{name}}`);
    await expect.poll(() => page.locator('#translation-check .problem').textContent()).toBe('placeholder mismatch: unexpected {{name}}');
    expect(await page.getByRole('button', { name: 'Save as draft' }).isDisabled()).toBe(true);

    await text.fill(NEW_TITLE);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved as draft' }).count()).toBe(1);
    // Four eyes: the author cannot mark their own text reviewed.
    expect(await page.getByRole('button', { name: 'Save and mark reviewed' }).isDisabled()).toBe(true);
    expect(await runAxe(page)).toEqual([]);

    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Open the chat in this language/ }).click()]);
    await preview.waitForLoadState();
    expect(new URL(preview.url()).search).toBe('?fd-preview=ur');
    await preview.getByRole('button', { name: /Chat with Family Hubs|فیملی ہبز سے چیٹ کریں/ }).click();
    await expect.poll(() => preview.getByRole('dialog').first().textContent(), { timeout: 20_000 }).toContain(NEW_TITLE);
    expect(await runAxe(preview)).toEqual([]);
  }, 120_000);

  it('works at 320 px wide (a phone, or 200% zoom): nothing scrolls sideways, the editor and its buttons are reachable', async () => {
    // A fresh sign-in on a phone-sized window.
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await translatorConsole(phone);
    await page.getByLabel('Language').selectOption('ur');
    await expect.poll(() => page.getByRole('table', { name: 'Coverage by file' }).count()).toBe(1);
    await page.getByLabel('File', { exact: true }).selectOption('widget');
    await page.getByRole('button', { name: /widget:panel\.title/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('translation-text');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const save = page.getByRole('button', { name: 'Save as draft' });
    await save.scrollIntoViewIfNeeded();
    const box = await save.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320 && box.height >= 24).toBe(true);
    expect(await runAxe(page)).toEqual([]);
    await phone.close();
  }, 120_000);
});
