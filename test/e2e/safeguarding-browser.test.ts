import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { FamilyClient } from '../support/family-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS, chooseOption, consoleAs, logText, openWidget, pickLanguage, queueGroup, tick, typeInto } from '../support/ui.js';

const EXIT_URL = 'https://www.bbc.co.uk/weather';
const DANGER = 'my husband hits me and I am scared';

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];
const sockets: FamilyClient[] = [];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS, seed: true })]);
});
afterAll(async () => {
  for (const socket of sockets) await socket.close().catch(() => {});
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
});

/** A family page whose quick exit lands on a local stand-in for the weather site (no internet). */
async function familyPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
  contexts.push(context);
  await context.route(`${EXIT_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>' }),
  );
  const page = await context.newPage();
  await openWidget(page, server.url);
  await pickLanguage(page, 'engl', 'English');
  await expect.poll(() => logText(page)).toContain('Which of these is you?');
  return page;
}

/** Every 'front-door:' key in local and session storage for the server's origin, read in the same tab. */
async function frontDoorKeys(page: Page): Promise<string[]> {
  if (!page.url().startsWith(server.url)) await page.goto(`${server.url}/no-such-page`);
  return page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((store) => Object.keys(store).filter((key) => key.startsWith('front-door:'))),
  );
}

async function expectLeftForExitPage(page: Page) {
  await expect.poll(() => page.url()).toBe(EXIT_URL);
  expect(await page.title()).toBe('Weather');
  expect(await frontDoorKeys(page)).toEqual([]);
}

describe('safeguarding in the browser', () => {
  it('offers a text box at the first question so a family can say what is wrong in their own words', async () => {
    const page = await familyPage();
    await expect.poll(() => page.getByLabel(/^Type your (answer|message)$/).count(), { timeout: 1000 }).toBeGreaterThan(0);
  });

  it('(server side) a danger sentence sent at the first question gets the card and the question stays open', async () => {
    const family = await FamilyClient.start(server.url);
    sockets.push(family);
    const ack = await family.say(DANGER);
    expect(ack.type).toBe('message.acked');
    await expect.poll(() => family.messages().some((m) => m.content.kind === 'safeguarding')).toBe(true);
    // The 'who' question can still be answered afterwards.
    expect((await family.answer('who', ['parent-carer'])).type).toBe('message.acked');
  });

  it('shows the emergency card at once, keeps the flow going, flags the console, and quick exit wipes the device', async () => {
    // Another South family asked first, without any danger words.
    const earlier = await FamilyClient.start(server.url);
    sockets.push(earlier);
    await earlier.askForHelp({ postcode: 'BD5 1AA' });

    const south = await consoleAs(browser, server.url, 'south');
    contexts.push(south.context);
    const southQueue = queueGroup(south.page, 'South Family Hub');
    await expect.poll(() => southQueue.getByRole('listitem').count()).toBe(1);

    const page = await familyPage();
    // At the very first question, beside the answer buttons, the family writes what is wrong.
    await typeInto(page, 'Type your message', DANGER);

    const card = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'You deserve to be safe' }) });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('link', { name: /999/ }).first().getAttribute('href')).toBe('tel:999');
    // The question waits behind "Continue" while the card is read, then is where it was.
    expect(await page.getByRole('button', { name: 'Parent or carer', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await chooseOption(page, 'Parent or carer');
    await tick(page, ['5 to 11 years']);
    await tick(page, ['Family relationships']);
    await typeInto(page, 'Your postcode', 'BD5 1AA');
    await chooseOption(page, 'This week');
    await typeInto(page, 'Type your answer', 'Please call me after school hours.');
    await expect.poll(() => logText(page)).toContain('What would you like to do now?');
    const offer = page.getByRole('group', { name: 'What would you like to do now?' });
    expect(await offer.getByRole('button', { name: 'Talk to someone', exact: true }).count()).toBe(1);

    await offer.getByRole('button', { name: 'Talk to someone', exact: true }).click();
    await expect.poll(() => southQueue.getByRole('listitem').count()).toBe(2);
    const top = southQueue.getByRole('listitem').first();
    await expect.poll(() => top.textContent()).toContain('Urgent: Domestic abuse');
    expect(await southQueue.getByRole('listitem').nth(1).textContent()).not.toContain('Urgent');
    const banner = south.page.locator('.alerts[role="alert"]');
    await expect.poll(() => banner.textContent()).toContain('Safeguarding alert: Domestic abuse.');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.getByRole('button', { name: 'Open conversation' }).isVisible()).toBe(true);

    // Quick exit from the panel header.
    expect((await frontDoorKeys(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Quick exit', exact: true }).click();
    await expectLeftForExitPage(page);
  });

  it('leaves the same way when Escape is pressed twice', async () => {
    const page = await familyPage();
    expect((await frontDoorKeys(page)).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectLeftForExitPage(page);
  });
});
