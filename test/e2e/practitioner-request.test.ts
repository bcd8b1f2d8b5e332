import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enquiries } from '../../server/db/tables.js';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { chooseOption, consoleAs, logText, OPEN_HOURS, pickLanguage, queueGroup, tick, typeInto } from '../support/ui.js';

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer({ now: () => OPEN_HOURS, seed: true });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.dispose();
});

describe('a practitioner’s request, triaged on the Continuum of Need', () => {
  it('a health visitor asks through the bookmarkable link; staff see who asked and triage it with a level', async () => {
    const practitionerContext = await browser.newContext({ viewport: { width: 400, height: 800 } });
    contexts.push(practitionerContext);
    const practitioner = await practitionerContext.newPage();
    await practitioner.goto(`${server.url}/?fd-route=practitioner`);
    await practitioner.getByRole('button', { name: /Chat with Family Hubs/ }).click();
    await pickLanguage(practitioner, 'engl', 'English');
    await expect.poll(() => logText(practitioner)).toContain('Which agency are you from?');
    await chooseOption(practitioner, 'Midwife or health visitor');
    for (const answer of ['Priya Shah', 'Health visitor', 'Bradford District Care NHS Trust', 'priya.shah@example.nhs.uk']) await typeInto(practitioner, 'Type your answer', answer);
    await chooseOption(practitioner, 'Yes, the family agrees');
    await typeInto(practitioner, 'Type your answer', 'Mum Aisha and a toddler; best by phone.');
    await tick(practitioner, ['Behaviour and parenting']);
    await typeInto(practitioner, 'Your postcode', 'BD5 1AA');
    await typeInto(practitioner, 'Type your answer', 'The toddler is not sleeping and mum is isolated.');
    await typeInto(practitioner, 'Type your answer', 'Weekly visits.');
    await chooseOption(practitioner, 'Send the request');
    expect(await runAxe(practitioner)).toEqual([]);

    const south = await consoleAs(browser, server.url, 'south');
    contexts.push(south.context);
    const entry = queueGroup(south.page, 'South Family Hub').getByRole('listitem').first();
    await expect.poll(() => entry.count()).toBe(1);
    await entry.getByRole('button', { name: 'Claim' }).click();
    await south.page.getByRole('button', { name: 'Open Early Help enquiry' }).click();
    await south.page.getByRole('button', { name: 'Create enquiry' }).click();
    await expect.poll(async () => (await server.ctx.db.select().from(enquiries))[0]?.consentBasis).toBe('practitioner-attested');
    const reference = (await server.ctx.db.select().from(enquiries))[0]!.reference;

    await south.page.getByRole('link', { name: 'Enquiries' }).click();
    await south.page.getByRole('link', { name: `Open enquiry ${reference}` }).click();
    const detail = south.page.getByRole('article');
    await expect.poll(() => detail.textContent()).toContain('Request from: Health visitor Priya Shah, Bradford District Care NHS Trust');
    await south.page.getByRole('button', { name: 'Mark as triaged' }).click();
    await south.page.getByLabel('Level of need (Continuum of Need)').selectOption('getting-more-help');
    await south.page.getByLabel('Named lead practitioner').fill('Priya Shah');
    expect(await runAxe(south.page)).toEqual([]);
    await south.page.getByRole('button', { name: 'Save: Mark as triaged' }).click();
    await expect.poll(async () => (await server.ctx.db.select().from(enquiries))[0]?.levelOfNeed).toBe('getting-more-help');
    const level = south.page.getByRole('region', { name: 'Level of need' });
    await expect.poll(() => level.textContent()).toContain('Set at triage: Getting More Help');
  }, 300_000);
});
