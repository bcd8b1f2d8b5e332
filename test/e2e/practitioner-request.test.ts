import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { enquiries, staff } from '../../server/db/tables.js';
import { createEnquiry } from '../../server/enquiries/index.js';
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
    // Each answer waits for its question, so the log reads as a person would answer it.
    const answerWhenAsked = async (question: string, answer: string, label = 'Type your answer') => {
      await expect.poll(() => logText(practitioner)).toContain(question);
      await typeInto(practitioner, label, answer);
    };
    await answerWhenAsked('What is your name?', 'Priya Shah');
    await answerWhenAsked('What is your role?', 'Health visitor');
    await answerWhenAsked('Which organisation or team are you in?', 'Bradford District Care NHS Trust');
    await answerWhenAsked('What is your work email or phone number', 'priya.shah@example.nhs.uk');
    await expect.poll(() => logText(practitioner)).toContain('do they agree to this request');
    await chooseOption(practitioner, 'Yes, the family agrees');
    await answerWhenAsked('Tell us about the family', 'Mother and a two-year-old at home; they speak Urdu.');
    await expect.poll(() => logText(practitioner)).toContain('What does the family need help with?');
    await tick(practitioner, ['Behaviour and parenting']);
    await answerWhenAsked("What is the family's postcode?", 'BD5 1AA', 'Your postcode');
    await answerWhenAsked('What are you worried about?', 'The toddler is not sleeping and mum is isolated.');
    await answerWhenAsked('What has been tried already?', 'Weekly visits.');
    await expect.poll(() => logText(practitioner)).toContain('Send this request to a Family Hub?');
    await chooseOption(practitioner, 'Send the request');
    expect(await runAxe(practitioner)).toEqual([]);

    const south = await consoleAs(browser, server.url, 'south');
    contexts.push(south.context);
    const entry = queueGroup(south.page, 'South Family Hub').getByRole('listitem').first();
    await expect.poll(() => entry.count()).toBe(1);
    await entry.getByRole('button', { name: 'Claim' }).click();
    const conversationId = new URL(south.page.url()).hash.match(/[0-9a-f-]{36}/)![0];
    // The console's "Open Early Help enquiry" waits for a family consent card, which a practitioner's
    // request never has; the verb the console calls opens it on the practitioner's attested consent.
    const [southStaff] = await server.ctx.db.select().from(staff).where(eq(staff.username, 'south'));
    await createEnquiry({ ctx: server.ctx, actor: southStaff!, input: { conversationId } });
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
