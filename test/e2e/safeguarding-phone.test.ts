import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, runAxe } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS, logText, openWidget, pickLanguage, typeInto } from '../support/ui.js';

/** Many real steps (sign-ins, sockets, Chromium); generous on a loaded CI machine. Not a timing assertion. */
const SLOW_MACHINE_MS = 180_000;

/**
 * The emergency card on small phones. "320 px at 200% zoom" is emulated as its layout viewport:
 * browser zoom divides the CSS pixels a window has, so a 320 px wide phone at 200% lays out 160
 * CSS px (and 370 of its 740 px height), drawn at 2 device pixels per CSS pixel. This is what
 * WCAG 1.4.10 Reflow measures (320 CSS px at 100% = 1280 px at 400%, the same reflow problem).
 */
const PHONES = [
  { name: '360x740', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 },
  { name: '320px-at-200pct', viewport: { width: 160, height: 370 }, deviceScaleFactor: 2 },
] as const;

const SHOTS = join(tmpdir(), 'front-door-safeguarding-phone');

let browser: Browser;
let server: TestServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS, seed: true })]);
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
});

async function phonePage(phone: (typeof PHONES)[number]): Promise<Page> {
  const context = await browser.newContext({ viewport: phone.viewport, deviceScaleFactor: phone.deviceScaleFactor, hasTouch: true });
  contexts.push(context);
  const page = await context.newPage();
  await openWidget(page, server.url);
  await pickLanguage(page, 'engl', 'English');
  await expect.poll(() => logText(page)).toContain('Which of these is you?');
  return page;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/** Geometry the assertions need, read inside the widget's shadow root. */
function layout(page: Page) {
  return page.evaluate(() => {
    const root = [...document.querySelectorAll('*')].find((element) => element.shadowRoot)!.shadowRoot!;
    const box = (element: Element | null | undefined) => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const cards = [...root.querySelectorAll('.safeguarding')];
    const panel = root.querySelector('.panel')!;
    return {
      viewport: { width: innerWidth, height: innerHeight },
      focused: root.activeElement ? { tag: root.activeElement.tagName, text: root.activeElement.textContent } : null,
      headings: cards.map((card) => ({ text: card.querySelector('h3')?.textContent ?? '', box: box(card.querySelector('h3')) })),
      firstCall: box(cards[0]?.querySelector('a[href^="tel:"]')),
      links: cards.flatMap((card) => [...card.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), box: box(a)! }))),
      bar: box(root.querySelector('.bar')),
      panel: box(panel),
      // A scrolled clipped panel is what left the blank strip: it must never scroll itself
      // unless it is the page's scroller at high zoom.
      panelScroll: { top: panel.scrollTop, scrollable: getComputedStyle(panel).overflowY === 'auto' },
    };
  });
}

/** How far the first card's heading sits below the sticky bar (it settles after a smooth scroll). */
const headingGap = async (page: Page) => {
  const view = await layout(page);
  return Math.round(view.headings[0]!.box!.top - view.bar!.bottom);
};

const inside = (box: Box | null, viewport: { width: number; height: number }, coveredTop = 0) =>
  !!box && box.top >= coveredTop - 0.5 && box.bottom <= viewport.height + 0.5 && box.left >= -0.5 && box.right <= viewport.width + 0.5;

describe.each(PHONES)('the emergency card on a phone ($name)', (phone) => {
  it('is read from its heading, focused, with its first call link on screen and the question paused', async () => {
    const page = await phonePage(phone);
    await typeInto(page, 'Type your message', 'my husband hits me and I am scared');
    await expect.poll(() => page.getByRole('heading', { name: 'You deserve to be safe' }).count()).toBe(1);
    await expect.poll(async () => (await layout(page)).focused?.text).toBe('You deserve to be safe');
    // Shown from its heading: the log scrolls the heading up to just under the bar.
    await expect.poll(() => headingGap(page)).toBeLessThanOrEqual(12);
    await page.screenshot({ path: join(SHOTS, `${phone.name}-card.png`) });

    const view = await layout(page);
    expect(view.focused?.tag).toBe('H3');
    expect(inside(view.headings[0]!.box, view.viewport, view.bar!.bottom)).toBe(true);
    expect(inside(view.firstCall, view.viewport, view.bar!.bottom)).toBe(true);
    for (const link of view.links) expect(link.box.width >= 24 && link.box.height >= 24, `${link.href} ${JSON.stringify(link.box)}`).toBe(true);
    // No blank strip: the panel fills the screen and has not been scrolled out of place.
    expect(view.panel).toMatchObject({ top: 0, left: 0, width: view.viewport.width, height: view.viewport.height });
    if (!view.panelScroll.scrollable) expect(view.panelScroll.top).toBe(0);

    // The pending question waits behind one "Continue" button.
    expect(await page.getByRole('button', { name: 'Parent or carer', exact: true }).count()).toBe(0);
    const resume = page.getByRole('button', { name: 'Continue', exact: true });
    expect(await resume.count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);

    await resume.click();
    await expect.poll(() => page.getByRole('button', { name: 'Parent or carer', exact: true }).count()).toBe(1);
    expect((await layout(page)).focused?.text).toBe('Parent or carer');
  }, SLOW_MACHINE_MS);

  it('shows every card of one message, most urgent first, and focuses the first', async () => {
    const page = await phonePage(phone);
    await typeInto(page, 'Type your message', 'my husband hits me and I want to kill myself');
    await expect.poll(async () => (await layout(page)).headings.length).toBe(2);
    await expect.poll(async () => (await layout(page)).focused?.tag).toBe('H3');
    await expect.poll(() => headingGap(page)).toBeLessThanOrEqual(12);
    await page.screenshot({ path: join(SHOTS, `${phone.name}-two-cards.png`) });
    const view = await layout(page);
    expect(view.headings.map((h) => h.text)).toEqual(['You do not have to cope with this alone', 'You deserve to be safe']);
    expect(view.focused?.text).toBe('You do not have to cope with this alone');
    expect(inside(view.headings[0]!.box, view.viewport, view.bar!.bottom)).toBe(true);
    expect(inside(view.firstCall, view.viewport, view.bar!.bottom)).toBe(true);
    // The second card is below the first, reachable by scrolling the same log.
    expect(view.headings[1]!.box!.top).toBeGreaterThan(view.headings[0]!.box!.bottom);
    for (const link of view.links) expect(link.box.width >= 24 && link.box.height >= 24, `${link.href}`).toBe(true);
    expect(await runAxe(page)).toEqual([]);
  }, SLOW_MACHINE_MS);
});
