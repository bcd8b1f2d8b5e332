import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  OPEN_HOURS,
  answerIntakeAndAskToTalk,
  consoleAs,
  logText,
  openWidget,
  pickLanguage,
  plain,
  queueGroup,
  statusText,
  typeInto,
} from '../support/ui.js';

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS, seed: true })]);
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
});

const OWN_WORDS = 'Bedtime is a battle every night with our son.';

describe('live handoff from the widget to the staff console', () => {
  it('queues the family live, lets South claim and chat, transfers to East who picks up with the transcript', async () => {
    const familyContext = await browser.newContext({ viewport: { width: 400, height: 800 } });
    contexts.push(familyContext);
    const family = await familyContext.newPage();
    const south = await consoleAs(browser, server.url, 'south');
    contexts.push(south.context);
    await expect.poll(() => queueGroup(south.page, 'South Family Hub').textContent()).toContain('No families in this queue.');

    // The family: English, intake by clicking, BD5 1AA (South), then Talk to someone.
    await openWidget(family, server.url);
    await pickLanguage(family, 'engl', 'English');
    await answerIntakeAndAskToTalk(family, { ownWords: OWN_WORDS });
    await expect.poll(() => statusText(family)).toContain('Waiting for someone from a Family Hub. You are next.');

    // South's queue shows them without a reload.
    const southQueue = queueGroup(south.page, 'South Family Hub');
    await expect.poll(() => southQueue.getByRole('listitem').count()).toBe(1);
    const entry = southQueue.getByRole('listitem').first();
    expect(await entry.textContent()).toContain('Behaviour and parenting');
    await entry.getByRole('button', { name: 'Claim' }).click();

    await expect.poll(() => statusText(family)).toContain('Tom from South Family Hub joined the chat.');
    const conversation = south.page.getByRole('region', { name: 'Conversation' });
    await expect.poll(() => conversation.textContent()).toContain('You are helping this family');

    // Staff types: the family sees "Tom is typing", then the message.
    const composer = south.page.getByLabel('Message to the family');
    await composer.pressSequentially('Hello, I am Tom', { delay: 10 });
    await expect.poll(async () => plain(await family.getByText(/is typing/).first().textContent({ timeout: 200 }).catch(() => ''))).toContain('Tom is typing');
    await composer.press('Enter');
    await expect.poll(() => logText(family)).toContain('Hello, I am Tom');

    // Family types back: staff sees it in the transcript.
    await typeInto(family, 'Type your message', 'Thank you Tom, evenings are hardest.');
    const transcript = south.page.getByRole('region', { name: 'Transcript' });
    await expect.poll(() => transcript.textContent()).toContain('Thank you Tom, evenings are hardest.');

    // Transfer to East.
    await conversation.getByLabel('Transfer to').selectOption({ label: 'East Family Hub' });
    await conversation.getByRole('button', { name: 'Transfer', exact: true }).click();
    await expect.poll(() => south.page.getByText('Transferred to East Family Hub.').count()).toBeGreaterThan(0);
    await expect.poll(() => logText(family)).toContain('We have passed your chat to East Family Hub.');

    // East sees it arrive and claims it.
    const east = await consoleAs(browser, server.url, 'east');
    contexts.push(east.context);
    const eastQueue = queueGroup(east.page, 'East Family Hub');
    await expect.poll(() => eastQueue.getByRole('listitem').count()).toBe(1);
    await eastQueue.getByRole('listitem').first().getByRole('button', { name: 'Claim' }).click();

    await expect.poll(() => statusText(family)).toContain('Sam from East Family Hub joined the chat.');

    // East's pickup view still has the family's earlier words.
    const eastConversation = east.page.getByRole('region', { name: 'Conversation' });
    await expect.poll(() => eastConversation.textContent()).toContain('You are helping this family');
    const eastTranscript = east.page.getByRole('region', { name: 'Transcript' });
    await expect.poll(() => eastTranscript.textContent()).toContain('Thank you Tom, evenings are hardest.');
    expect(await eastConversation.textContent()).toContain(OWN_WORDS);
    expect(await eastTranscript.textContent()).toContain('Hello, I am Tom');

    expect(await runAxe(east.page)).toEqual([]);
  });
});
