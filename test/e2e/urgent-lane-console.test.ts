import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { FamilyClient } from '../support/family-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS, consoleAs } from '../support/ui.js';

/** Many real steps (sign-ins, sockets, Chromium); generous on a loaded CI machine. Not a timing assertion. */
const SLOW_MACHINE_MS = 180_000;

const DANGER = 'my husband hits me and I am scared of him';

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

const lane = (page: Page) => page.getByRole('region', { name: /^Urgent: safeguarding alerts/ });

async function signedIn(username: string): Promise<Page> {
  const { context, page } = await consoleAs(browser, server.url, username);
  contexts.push(context);
  return page;
}

describe('urgent lane in the console', () => {
  it('sits above every hub section, shows the family’s words marked, and is acknowledged by keyboard', async () => {
    // A South family who never asks to talk to anyone, flagged before anyone signs in.
    const family = await FamilyClient.start(server.url);
    families.push(family);
    await family.answer('who', ['parent-carer']);
    await family.answer('ages', ['5-11']);
    await family.answer('needs', ['behaviour-parenting']);
    await family.say('BD5 1AA');
    await family.say(DANGER);

    const south = await signedIn('south');
    const manager = await signedIn('manager');
    const item = lane(south).getByRole('listitem').filter({ hasText: 'Domestic abuse' });
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => lane(manager).getByRole('listitem').count()).toBe(1);

    // Above every hub's section, the shared queue included.
    const laneTop = (await lane(south).boundingBox())!.y;
    const sections = south.getByRole('region', { name: 'Live queue' }).locator('.queue-group');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const box of await sections.evaluateAll((all) => all.map((s) => s.getBoundingClientRect().top))) expect(laneTop).toBeLessThan(box);

    // The family's words with the matched span marked; plain English, no pattern syntax.
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('my ');
    expect(text).toContain(' me and I am scared of him');
    expect(await item.locator('mark').count()).toBe(1);
    expect(await item.locator('mark').textContent()).toMatch(/husband hits/);
    expect(text).not.toMatch(/[*|]/);
    expect(await runAxe(south)).toEqual([]);
    await south.screenshot({ path: join(tmpdir(), 'front-door-urgent-lane.png') });

    // The conversation opens from the lane (the family never asked for anyone), words marked there too.
    await item.getByRole('button', { name: 'Open conversation' }).click();
    const transcript = south.getByRole('region', { name: 'Transcript' });
    await expect.poll(() => transcript.locator('mark').count()).toBe(1);
    expect(await transcript.locator('mark').textContent()).toMatch(/husband hits/);
    expect(await south.locator('.safeguarding-flags').textContent()).toContain('Domestic abuse');
    expect(await runAxe(south)).toEqual([]);

    // Keyboard only: choose "False alarm", submit without a reason, get told why, then give one.
    await item.getByRole('radio', { name: 'Called 999' }).focus();
    await south.keyboard.press('ArrowDown');
    await south.keyboard.press('ArrowDown');
    await south.keyboard.press('ArrowDown');
    expect(await item.getByRole('radio', { name: 'False alarm' }).isChecked()).toBe(true);
    await south.keyboard.press('Tab');
    await south.keyboard.press('Tab');
    await south.keyboard.press('Enter');
    await expect.poll(() => item.getByRole('alert').textContent()).toContain('Say why');
    expect(await lane(manager).getByRole('listitem').count()).toBe(1);
    await item.getByRole('textbox').focus();
    await south.keyboard.type('Mum explained it was a line from a TV drama');
    await south.keyboard.press('Tab');
    await south.keyboard.press('Enter');

    // Gone from every lane at once.
    await expect.poll(() => lane(south).getByRole('listitem').count()).toBe(0);
    await expect.poll(() => lane(manager).getByRole('listitem').count()).toBe(0);
    expect(await lane(south).textContent()).toContain('No open safeguarding alerts.');
  }, SLOW_MACHINE_MS);
});
