import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { FamilyClient } from '../support/family-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS, consoleAs } from '../support/ui.js';

let browser: Browser;
let server: TestServer;
let context: BrowserContext | undefined;
const families: FamilyClient[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS, seed: true })]);
});
afterAll(async () => {
  for (const family of families) await family.close().catch(() => {});
  await context?.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
});

describe('the scorecard dashboard', () => {
  it('shows tiles with targets, charts with their figures and CSV, by keyboard alone, axe clean', async () => {
    // Two West families (BD8) say what worries them; neither asks to talk.
    for (const needs of [['housing'], ['housing', 'money-debt']]) {
      const family = await FamilyClient.start(server.url);
      families.push(family);
      await family.answer('who', ['parent-carer']);
      await family.answer('ages', ['5-11']);
      await family.answer('needs', needs);
      await family.say('BD8 9NN');
    }
    const signedIn = await consoleAs(browser, server.url, 'manager');
    context = signedIn.context;
    const page = signedIn.page;
    await page.goto(`${server.url}/console#/manager`);
    const scorecard = page.getByRole('region', { name: 'Early Help scorecard' });

    // Dates entered (as the date field's own format wants) and the form sent from the keyboard.
    await page.getByLabel('From').fill('2026-11-01');
    await page.getByLabel('To').fill('2026-11-30');
    await page.getByLabel('To').press('Enter');
    const contactsTile = scorecard.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Contacts (every conversation and request)' }) });
    await expect.poll(() => contactsTile.textContent()).toContain('2No target set');
    await expect.poll(() => scorecard.getByRole('listitem').filter({ hasText: '3.2a Contacts completed in 1 working day' }).textContent()).toMatch(/Target: at least 90%/);

    // West only, monthly, from the keyboard: a select picks by typing, the button takes Enter.
    await page.getByLabel('Hub', { exact: true }).focus();
    await page.keyboard.type('West');
    await page.getByLabel('Series', { exact: true }).focus();
    await page.keyboard.type('Monthly');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const monthly = scorecard.getByRole('figure', { name: 'Contacts by month' });
    await expect.poll(() => monthly.count()).toBe(1);

    // The heat map's figures open as a table from the keyboard; its CSV carries the same figures.
    const demand = scorecard.getByRole('figure', { name: 'Demand: need by hub' });
    await demand.getByText('Show the figures: Demand: need by hub').focus();
    await page.keyboard.press('Enter');
    const table = demand.getByRole('table', { name: 'Demand: need by hub' });
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(await table.getByRole('row', { name: /Housing/ }).getByRole('cell').allTextContents()).toEqual(['2']);
    const csv = decodeURIComponent((await demand.getByRole('link', { name: 'Download CSV: Demand: need by hub' }).getAttribute('href'))!.split(',').slice(1).join(','));
    expect(csv.split('\r\n')[0]).toBe('Need,West Family Hub');
    expect(csv).toContain('\r\nHousing,2\r\n');

    expect(await runAxe(page)).toEqual([]);
  });
});
