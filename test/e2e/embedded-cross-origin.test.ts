import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { OPEN_HOURS, pickLanguage, plain } from '../support/ui.js';

/**
 * A council page on another origin embeds the widget with the one-tag embed, under a strict CSP of
 * its own (one script origin, one connect origin, no 'unsafe-inline' anywhere), as docs/embedding.md
 * tells councils to allow. A page whose origin is not in EMBED_ORIGINS gets a clear refusal.
 */

let browser: Browser;
let server: TestServer;
let allowedHost: HostPage;
let foreignHost: HostPage;
const contexts: BrowserContext[] = [];

interface HostPage {
  url: string;
  close(): Promise<void>;
}

/** A tiny "council" web server: one page with the embed tag, served with a strict CSP. */
async function startHostPage(hostname: string, widgetOrigin: () => string): Promise<HostPage> {
  const http: Server = createServer((request, response) => {
    const origin = widgetOrigin();
    const socketOrigin = origin.replace(/^http/, 'ws');
    response.writeHead(request.url === '/' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${origin}; connect-src ${origin} ${socketOrigin}; style-src 'self'; img-src 'self'`,
    });
    response.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bradford Council</title></head>` +
        `<body><main><h1>Family Hubs</h1><p>Chat with us below.</p></main><script src="${origin}/widget.js" defer></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://${hostname}:${port}/`, close: () => new Promise((resolve) => http.close(() => resolve())) };
}

/** A text from the shipped locale files, falling back to English where a translation is missing. */
function text(language: string, key: string): string {
  const [namespace, path] = key.split(':') as [string, string];
  const read = (code: string) => {
    let node: unknown = JSON.parse(readFileSync(`locales/${code}/${namespace}.json`, 'utf8'));
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === 'string' ? node : undefined;
  };
  return read(language) ?? read('en')!;
}

beforeAll(async () => {
  let origin = '';
  allowedHost = await startHostPage('127.0.0.1', () => origin);
  foreignHost = await startHostPage('localhost', () => origin);
  [browser, server] = await Promise.all([launchChromium(), startTestServer({ now: () => OPEN_HOURS, embedOrigins: [new URL(allowedHost.url).origin] })]);
  origin = server.url;
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.dispose();
  await allowedHost?.close();
  await foreignHost?.close();
});

async function councilPage(url: string): Promise<{ page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('button', { name: /Chat with Family Hubs/ }).click();
  return { page, cspViolations };
}

/** The conversation log, whatever its (translated) name. */
const logText = async (page: Page) => plain(await page.getByRole('log').first().textContent());

async function completeIntake(page: Page, language: string) {
  const t = (key: string) => text(language, key);
  const button = (name: string) => page.getByRole('button', { name, exact: true }).last();
  await expect.poll(() => logText(page), { timeout: 10_000 }).toContain(t('flows:ffd.who.prompt'));
  await button(t('common:askers.parent-carer')).click();
  await page.getByRole('checkbox', { name: t('common:ageBands.5-11') }).last().check();
  await button(t('widget:prompt.done')).click();
  await page.getByRole('checkbox', { name: t('common:needs.behaviour-parenting') }).last().check();
  await button(t('widget:prompt.done')).click();
  const postcode = page.getByLabel(t('widget:reply.postcodeLabel'), { exact: true }).last();
  await postcode.fill('BD5 1AA');
  await postcode.press('Enter');
  await button(t('common:urgency.this-week')).click();
  const words = page.getByLabel(t('widget:reply.answerLabel'), { exact: true }).last();
  await words.fill(language === 'ur' ? 'میرا بیٹا اسکول نہیں جانا چاہتا' : 'Syn nie chce chodzić do szkoły');
  await words.press('Enter');
  await expect.poll(() => logText(page), { timeout: 10_000 }).toContain(t('flows:ffd.offer.prompt'));
}

describe('the widget embedded on a council page on another origin', () => {
  for (const { code, search, endonym } of [
    { code: 'pl', search: 'polski', endonym: 'Polski' },
    { code: 'ur', search: 'اردو', endonym: 'اردو' },
  ]) {
    it(`completes an intake in ${code} under the host page's strict CSP`, async () => {
      const { page, cspViolations } = await councilPage(allowedHost.url);
      await pickLanguage(page, search, new RegExp(`^${endonym}`));
      await completeIntake(page, code);
      expect(await page.getByRole('dialog').first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(code);
      // The widget's styles applied inside its shadow root (a constructable stylesheet, not inline <style>).
      const styled = await page.locator('front-door-widget').evaluate((host) => host.shadowRoot!.adoptedStyleSheets.length);
      expect(styled).toBe(1);
      expect(cspViolations).toEqual([]);
    }, 90_000);
  }

  it('on a page whose origin is not allowed, shows a clear refusal instead of a half-working chat', async () => {
    const { page } = await councilPage(foreignHost.url);
    const refusal = text('en', 'widget:language.refused');
    await expect.poll(async () => plain(await page.getByRole('alert').allTextContents().then((t) => t.join(' ')))).toContain(refusal);
    expect(await page.getByLabel('Search for your language').count()).toBe(0);
    // The socket is refused too, before any WebSocket exists.
    const status = await page.evaluate(async (url) => {
      return new Promise<string>((resolve) => {
        const socket = new WebSocket(url);
        socket.onopen = () => resolve('open');
        socket.onerror = () => resolve('refused');
      });
    }, `${server.url.replace(/^http/, 'ws')}/ws/widget`);
    expect(status).toBe('refused');
  }, 60_000);
});
