import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startCouncilPage, type CouncilPage } from '../support/council-page.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS } from '../support/ui.js';

/**
 * The council page pays for the launcher stub only: the chat bundle and every translation are
 * fetched when the family opens the chat, never a 404 on the way, and the launcher works from the
 * keyboard and in the family's language exactly as before.
 */

let browser: Browser;
let server: TestServer;
let english: CouncilPage;
let urdu: CouncilPage;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS })]);
  english = await startCouncilPage(() => server.url);
  urdu = await startCouncilPage(() => server.url, 'async data-language="ur"');
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
  await english?.close();
  await urdu?.close();
});

interface Watched {
  page: Page;
  /** Paths requested from the Front Door server, in order. */
  paths: string[];
  /** Front Door responses with an error status, and CSP complaints. */
  problems: string[];
}

async function visit(url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 }, locale: 'en-GB' });
  contexts.push(context);
  const page = await context.newPage();
  const watched: Watched = { page, paths: [], problems: [] };
  page.on('request', (request) => request.url().startsWith(server.url) && watched.paths.push(new URL(request.url()).pathname));
  page.on('response', (response) => response.url().startsWith(server.url) && response.status() >= 400 && watched.problems.push(`${response.status()} ${response.url()}`));
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && watched.problems.push(message.text()));
  await page.goto(url, { waitUntil: 'networkidle' });
  return watched;
}

const chatRequests = (paths: string[]) => paths.filter((path) => path.startsWith('/assets/') || path.startsWith('/locales/') || path.startsWith('/api/'));
const launcher = (page: Page, name: string | RegExp = 'Chat with Family Hubs') => page.getByRole('button', { name });

describe('the launcher stub', () => {
  it('costs the page /widget.js alone; the chat and its texts are fetched when the family opens it', async () => {
    const { page, paths, problems } = await visit(english.url);
    await expect.poll(() => launcher(page).count()).toBe(1);
    await page.waitForTimeout(500);
    expect(paths).toEqual(['/widget.js']);

    await launcher(page).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /^English/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const fetched = chatRequests(paths);
    expect(fetched.some((path) => /^\/assets\/widget\.[A-Z0-9]{8}\.js$/.test(path))).toBe(true);
    expect(fetched).toContain('/api/languages');
    expect(fetched).toContain('/locales/en/widget.json');
    expect(problems).toEqual([]);
  });

  it('opens from the keyboard and moves focus into the chat; minimising gives focus back to the launcher', async () => {
    const { page, problems } = await visit(english.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toContain('launcher');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(1);
    const focusInDialog = () => page.evaluate(() => !!document.activeElement?.shadowRoot?.activeElement?.closest('[role=dialog]'));
    await expect.poll(focusInDialog, { timeout: 5_000 }).toBe(true);

    await page.getByRole('button', { name: 'Minimise chat' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className ?? '')).toContain('launcher');
    expect(problems).toEqual([]);
  });

  it('on another origin, speaks the page’s language right to left before anything else is fetched, then lists languages', async () => {
    const { page, paths, problems } = await visit(urdu.url);
    const button = launcher(page, 'فیملی ہبز سے چیٹ کریں');
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.evaluate((el) => [el.closest('[lang]')?.getAttribute('lang'), el.closest('[dir]')?.getAttribute('dir')])).toEqual(['ur', 'rtl']);
    expect(paths).toEqual(['/widget.js']);

    await button.click();
    await expect.poll(() => page.getByRole('button', { name: /^Polski/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(chatRequests(paths)).toEqual(expect.arrayContaining(['/locales/ur/widget.json', '/api/languages']));
    expect(problems).toEqual([]);
  });
});
