import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, enquiries } from '../../server/db/tables.js';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { answerIntakeAndAskToTalk, consoleAs, logText, OPEN_HOURS, openWidget, pickLanguage, queueGroup } from '../support/ui.js';

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

describe('an Early Help enquiry, only with the family’s consent', () => {
  it('staff ask for consent, the family agrees in the widget, staff open the enquiry, the family sees the reference', async () => {
    const familyContext = await browser.newContext({ viewport: { width: 400, height: 800 } });
    contexts.push(familyContext);
    const family = await familyContext.newPage();
    const south = await consoleAs(browser, server.url, 'south');
    contexts.push(south.context);

    await openWidget(family, server.url);
    await pickLanguage(family, 'engl', 'English');
    await answerIntakeAndAskToTalk(family, { ownWords: 'We need help with my son’s behaviour.' });

    const entry = queueGroup(south.page, 'South Family Hub').getByRole('listitem').first();
    await expect.poll(() => entry.count()).toBe(1);
    await entry.getByRole('button', { name: 'Claim' }).click();
    const conversation = south.page.getByRole('region', { name: 'Conversation' });
    await expect.poll(() => conversation.textContent()).toContain('You are helping this family');

    // No consent yet: no way to open an enquiry.
    expect(await south.page.getByRole('button', { name: 'Open Early Help enquiry' }).count()).toBe(0);
    await south.page.getByRole('button', { name: 'Request Early Help consent' }).click();

    const card = family.getByRole('region', { name: 'Can we share what you told us with the Early Help team?' });
    await expect.poll(() => card.count()).toBe(1);
    await card.getByRole('button', { name: 'Yes, I agree' }).click();
    await expect.poll(() => logText(family)).toContain('You agreed to share what you told us with Early Help.');
    await expect.poll(async () => (await server.ctx.db.select().from(consents))[0]?.answer).toBe('yes');

    await south.page.getByRole('button', { name: 'Open Early Help enquiry' }).click();
    // Told once, prefilled: the family's needs are already ticked.
    const form = south.page.getByRole('form', { name: 'Early Help enquiry' });
    expect(await form.getByRole('checkbox', { name: 'Behaviour and parenting' }).isChecked()).toBe(true);
    expect(await runAxe(south.page)).toEqual([]);
    await south.page.getByRole('button', { name: 'Create enquiry' }).click();
    await expect.poll(async () => (await server.ctx.db.select().from(enquiries))[0]?.reference).toMatch(/^EH-\d{4}-/);
    const reference = (await server.ctx.db.select().from(enquiries))[0]!.reference;
    await expect.poll(() => south.page.getByRole('status').filter({ hasText: reference }).count()).toBeGreaterThan(0);
    await expect.poll(() => logText(family)).toContain(`Your Early Help reference number is ${reference}.`);
    expect(await logText(family)).toContain('What happens next');

    // Managers see the enquiry's trail: the audit log lists its creation and views.
    const manager = await consoleAs(browser, server.url, 'manager');
    contexts.push(manager.context);
    await manager.page.getByRole('link', { name: 'Manager' }).click();
    await expect.poll(() => manager.page.getByRole('main').textContent()).toContain('enquiry.created');
    expect(await runAxe(manager.page)).toEqual([]);
  });
});
