import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let browser: Browser;
let server: TestServer | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const log = (page: Page) => page.getByRole('log');

async function chooseOption(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).last().click();
}

async function tick(page: Page, names: string[]) {
  for (const name of names) await page.getByRole('checkbox', { name }).last().check();
  await page.getByRole('button', { name: 'Done', exact: true }).last().click();
}

async function type(page: Page, label: string, text: string) {
  const box = page.getByLabel(label).last();
  await box.fill(text);
  await box.press('Enter');
}

/** Tuesday 11:00 in London: out of hours the family is told when the hub opens instead of waiting. */
const OPEN_HOURS = new Date('2026-11-24T11:00:00Z');

describe('a family on the demo council page', () => {
  it('completes the intake by clicking and typing, sees matched resources, and resumes after a server restart', async () => {
    server = await startTestServer({ now: () => OPEN_HOURS });
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await page.goto(server.url);
    expect(await runAxe(page)).toEqual([]);

    await page.getByRole('button', { name: /Chat with Family Hubs/ }).click();
    await page.getByLabel('Search for your language').fill('engl');
    await page.getByRole('button', { name: /^English/ }).click();

    await expect.poll(() => log(page).textContent()).toContain('Which of these is you?');
    await chooseOption(page, 'Parent or carer');
    await tick(page, ['2 to 4 years', '5 to 11 years']);
    await tick(page, ['Money and debt', 'Housing']);
    await type(page, 'Your postcode', 'BD7 1AB');
    await chooseOption(page, 'This week');
    await type(page, 'Type your answer', 'We are behind on rent.');

    await expect.poll(() => log(page).textContent()).toContain('What would you like to do now?');
    const cards = page.getByRole('list', { name: 'Services that may help' }).first().getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    const before = await log(page).textContent();
    expect(before).toContain('Here is some help that might be useful.');
    expect(await runAxe(page)).toEqual([]);

    const { databasePath } = server;
    const port = Number(new URL(server.url).port);
    await server.stop();
    server = await startTestServerOnPort(databasePath, port);
    await page.reload();
    // The panel stays open across the reload (session storage); the conversation comes back from the server.
    await expect.poll(() => log(page).textContent(), { timeout: 15_000 }).toContain('What would you like to do now?');
    expect(await log(page).textContent()).toBe(before);

    await chooseOption(page, 'Talk to someone');
    await expect.poll(() => page.getByText(/Waiting for someone from a Family Hub/).count()).toBeGreaterThan(0);
    await page.close();
  });
});

async function startTestServerOnPort(databasePath: string, port: number): Promise<TestServer> {
  const { startServer } = await import('../../server/start-server.js');
  const running = await startServer({ port, databasePath, now: () => OPEN_HOURS });
  return { ...running, databasePath, stop: () => running.close(), dispose: () => running.close() };
}
