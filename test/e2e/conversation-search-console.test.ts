import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { FamilyClient } from '../support/family-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS, consoleAs } from '../support/ui.js';

/** Many real steps (sign-in, sockets, Chromium); generous on a loaded machine. Not a timing assertion. */
const SLOW_MACHINE_MS = 180_000;

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];
const families: FamilyClient[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS, seed: true })]);
});
afterAll(async () => {
  for (const family of families) await family.close().catch(() => {});
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
});

describe('conversations list and search in the console', () => {
  it('finds a family by their words within the hub, opens the history read-only, axe clean', async () => {
    for (const [postcode, words] of [
      ['BD8 7AA', 'The landlord served an eviction notice'],
      ['BD3 9AA', 'Eviction letter arrived in Eccleshill'],
    ] as const) {
      const family = await FamilyClient.start(server.url);
      families.push(family);
      await family.askForHelp({ postcode, needs: ['housing'] });
      await family.say(words);
    }
    const { context, page } = await consoleAs(browser, server.url, 'west');
    contexts.push(context);

    await page.getByRole('link', { name: 'Conversations' }).click();
    const search = page.getByRole('search');
    await search.getByLabel('Family’s words').fill('eviction');
    await search.getByRole('button', { name: 'Search' }).press('Enter');
    const results = page.locator('.conversation-results').getByRole('link');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 conversation' }).count()).toBe(1);
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('The landlord served an eviction notice');
    expect(await runAxe(page)).toEqual([]);

    await results.first().click();
    const history = page.getByRole('region', { name: 'Conversation history' });
    await expect.poll(() => history.getByText('Read only: nothing you do here reaches the family.').count()).toBe(1);
    await expect.poll(() => history.getByText('The landlord served an eviction notice').count()).toBeGreaterThan(0);
    expect(await history.getByRole('textbox').count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  }, SLOW_MACHINE_MS);
});
