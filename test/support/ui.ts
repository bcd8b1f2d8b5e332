import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../server/auth/index.js';

/** Browser-level helpers shared by the e2e tests: the family's widget and the staff console. */

/** A Tuesday late morning: every hub is open. */
export const OPEN_HOURS = new Date('2026-11-24T11:00:00Z');

/** Text with the widget's Unicode isolates (U+2066..U+2069) and soft wrapping removed. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

export const widgetLog = (page: Page) => page.getByRole('log', { name: 'Conversation' });
export const logText = async (page: Page) => plain(await widgetLog(page).textContent());
/** All role="status" text in the widget panel (handoff line). */
export const statusText = async (page: Page) => plain((await page.getByRole('status').allTextContents()).join(' | '));

export async function openWidget(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await page.getByRole('button', { name: /Chat with Family Hubs/ }).click();
}

/** Types in the language search and picks the first button whose name starts with `name`. */
export async function pickLanguage(page: Page, search: string, name: string | RegExp) {
  await page.getByLabel('Search for your language').fill(search);
  await page.getByRole('button', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name }).first().click();
}

export async function chooseOption(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).last().click();
}

export async function tick(page: Page, names: string[]) {
  for (const name of names) await page.getByRole('checkbox', { name }).last().check();
  await page.getByRole('button', { name: 'Done', exact: true }).last().click();
}

export async function typeInto(page: Page, label: string, text: string) {
  const box = page.getByLabel(label, { exact: true }).last();
  await box.fill(text);
  await box.press('Enter');
}

/** English intake by clicking, postcode in South (BD5), own words given, then "Talk to someone". */
export async function answerIntakeAndAskToTalk(page: Page, options: { postcode?: string; ownWords: string }) {
  await expect.poll(() => logText(page)).toContain('Which of these is you?');
  await chooseOption(page, 'Parent or carer');
  await tick(page, ['5 to 11 years']);
  await tick(page, ['Behaviour and parenting']);
  await typeInto(page, 'Your postcode', options.postcode ?? 'BD5 1AA');
  await chooseOption(page, 'This week');
  await typeInto(page, 'Type your answer', options.ownWords);
  await expect.poll(() => logText(page)).toContain('What would you like to do now?');
  await chooseOption(page, 'Talk to someone');
}

/** A fresh browser context signed in to /console as a demo account. */
export async function consoleAs(browser: Browser, baseUrl: string, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Live queue' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
  return { context, page };
}

/** The queue group (section) for a hub, e.g. "South Family Hub". */
export const queueGroup = (page: Page, hub: string) =>
  page.getByRole('region', { name: 'Live queue' }).getByRole('region', { name: new RegExp(`^${hub}`) });
