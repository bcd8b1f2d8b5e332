import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser.js';

/**
 * `npm run bench:widget` (`-- --root <checkout>` measures another built checkout, `--runs <n>`):
 * what the widget costs a council page on a throttled phone (4x CPU, 400 kbps, 400 ms RTT), in
 * Debian Chromium. A plain page on its own origin is loaded without and with the embed tag; the
 * figures are medians of fresh-cache runs, each compared with the plain page in the same run.
 */

const args = new Map(process.argv.slice(2).flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1] ?? '']] : [])));
const root = resolve(args.get('root') || '.');
const runs = Math.max(1, Math.min(15, Number(args.get('runs')) || 5));
const SLOW_4G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
const PEERS = 'rasa-webchat 206 kB, @botpress/webchat 237 kB + 9 kB CSS, @typebot.io/js 192 kB, Chatwoot-class loaders 2.5-5 kB';

interface Request {
  url: string;
  start: number;
  end: number;
  bytes: number;
  cached: boolean;
  status: number;
}

/** Every request the page makes, from the DevTools protocol: timings, bytes on the wire, cache hits. */
async function recordNetwork(page: Page, context: BrowserContext): Promise<{ cdp: CDPSession; requests: Map<string, Request> }> {
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, start: e.timestamp, end: Infinity, bytes: 0, cached: false, status: 0 }));
  cdp.on('Network.requestServedFromCache', (e) => requests.get(e.requestId) && (requests.get(e.requestId)!.cached = true));
  cdp.on('Network.responseReceived', (e) => {
    const request = requests.get(e.requestId);
    if (!request) return;
    request.status = e.response.status;
    request.cached ||= !!e.response.fromDiskCache || !!e.response.fromPrefetchCache;
  });
  cdp.on('Network.loadingFinished', (e) => requests.get(e.requestId) && Object.assign(requests.get(e.requestId)!, { end: e.timestamp, bytes: e.encodedDataLength }));
  cdp.on('Network.loadingFailed', (e) => requests.get(e.requestId) && (requests.get(e.requestId)!.end = e.timestamp));
  cdp.on('Network.webSocketCreated', (e) => requests.set(e.requestId, { url: e.url, start: Infinity, end: Infinity, bytes: 0, cached: false, status: 0 }));
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e) => requests.get(e.requestId) && (requests.get(e.requestId)!.start = e.timestamp));
  // A frame sent and the next frame received: one round trip over the socket (resume -> ready).
  let frames = 0;
  cdp.on('Network.webSocketFrameSent', (e) => requests.set(`${e.requestId}#${frames++}`, { url: 'ws-frame', start: e.timestamp, end: Infinity, bytes: 0, cached: false, status: 0 }));
  cdp.on('Network.webSocketFrameReceived', (e) => {
    for (const [id, request] of requests) if (id.startsWith(`${e.requestId}#`) && request.end === Infinity) request.end = e.timestamp;
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => requests.get(e.requestId) && Object.assign(requests.get(e.requestId)!, { end: e.timestamp, status: e.response.status }));
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { cdp, requests };
}

/**
 * Sequential network waves: a request that starts after another has finished is one round trip
 * later. Answers from the browser's cache cost no trip and are left out.
 */
function roundTrips(all: Request[]): number {
  const requests = all.filter((r) => !r.cached);
  const depth = new Map<Request, number>();
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    const before = requests.filter((r) => r.end <= request.start).map((r) => depth.get(r) ?? 1);
    depth.set(request, 1 + Math.max(0, ...before));
  }
  return Math.max(0, ...depth.values());
}

const widgetBytes = (requests: Iterable<Request>, origin: string) =>
  [...requests].filter((r) => r.url.startsWith(origin) || r.url.startsWith(origin.replace(/^http/, 'ws'))).filter((r) => !r.cached).reduce((sum, r) => sum + r.bytes, 0);

/** Until nothing is in flight and nothing new started for `ms` (sockets stay open, so they do not count). */
async function quiet(requests: Map<string, Request>, ms = 1500): Promise<void> {
  let seen = -1;
  for (let waited = 0; waited < 30_000; waited += ms) {
    const inFlight = [...requests.values()].some((r) => r.end === Infinity && !r.url.startsWith('ws'));
    if (!inFlight && requests.size === seen) return;
    seen = requests.size;
    await new Promise((r) => setTimeout(r, ms));
  }
}

const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;

async function loadPage(context: BrowserContext, url: string, origin: string) {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const { requests } = await recordNetwork(page, context);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await quiet(requests);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, longTasks: (window as unknown as { __longTasks: number[] }).__longTasks };
  });
  const list = [...requests.values()];
  return { page, requests, ...timing, bytes: widgetBytes(list, origin), fromCache: list.filter((r) => r.url.startsWith(origin) && (r.cached || r.status === 304)).length };
}

/** Clicks `click` in the widget and resolves with the milliseconds until `selector` (with `text`) is shown. */
function clickAndWait(page: Page, click: string, selector: string, text = ''): Promise<number> {
  // A string, not a function: tsx's helpers would not exist inside the page.
  return page.evaluate(`new Promise((done) => {
    const shadow = document.querySelector('front-door-widget').shadowRoot;
    const start = performance.now();
    shadow.querySelector(${JSON.stringify(click)}).click();
    const check = () => {
      const now = document.querySelector('front-door-widget').shadowRoot;
      if (now.querySelector(${JSON.stringify(selector)}) && now.textContent.includes(${JSON.stringify(text)})) done(performance.now() - start);
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/** What happened on the network between two moments: bytes from Front Door and sequential round trips. */
function networkSince(requests: Map<string, Request>, origin: string) {
  const before = new Set(requests.keys());
  return () => {
    const list = [...requests].filter(([id]) => !before.has(id)).map(([, request]) => request);
    return { bytes: widgetBytes(list, origin), requests: list.length, trips: roundTrips(list) };
  };
}

const FIRST_QUESTION = 'Which of these is you?';

/** A new family: launcher to the language question (first prompt), then English to the flow's first question. */
async function openChat(page: Page, requests: Map<string, Request>, origin: string) {
  const all = networkSince(requests, origin);
  const toPicker = networkSince(requests, origin);
  const pickerMs = await clickAndWait(page, '.launcher', '.languages .language');
  const picker = toPicker();
  const toPrompt = networkSince(requests, origin);
  const promptMs = await clickAndWait(page, '.languages .language', '.log', FIRST_QUESTION);
  const prompt = toPrompt();
  await quiet(requests);
  return { pickerMs, promptMs, pickerTrips: picker.trips, promptTrips: prompt.trips, ...all() };
}

/** A returning family (language and conversation on the device) in a new tab: launcher to their conversation. */
async function reopenChat(context: BrowserContext, url: string, origin: string) {
  const { page, requests } = await loadPage(context, url, origin);
  const network = networkSince(requests, origin);
  const ms = await clickAndWait(page, '.launcher', '.log', FIRST_QUESTION);
  return { ms, ...network() };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

async function startFrontDoor(): Promise<{ origin: string; process: ChildProcess; dir: string }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'front-door-bench-'));
  const child = spawn(process.execPath, [join(root, 'dist/server/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'bench.sqlite'), NODE_ENV: 'development', SEED_DEMO: 'false', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${origin}/readyz`).then((r) => r.ok, () => false)) return { origin, process: child, dir };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server in ${root} did not start (run npm run build there)`);
}

/** A plain council page on its own origin: `/` without the widget, `/defer` and `/async` with the tag. */
async function startHostPage(origin: string): Promise<{ url: string; server: Server }> {
  const paragraph = '<p>Family Hubs give free help to families with children and young people aged 0 to 19. Money worries, housing, school, feelings and more.</p>';
  const server = createHttpServer((request, response) => {
    const mode = request.url?.slice(1);
    const tag = mode === 'defer' || mode === 'async' ? `<script src="${origin}/widget.js" ${mode}></script>` : '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council</title></head><body><h1>Family Hubs</h1>${paragraph.repeat(30)}${tag}</body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const frontDoor = await startFrontDoor();
const host = await startHostPage(frontDoor.origin);
const browser = await launchChromium();
try {
  console.log(`Widget cost to a council page: ${root}, ${runs} runs, 4x CPU, 400 kbps / 400 ms RTT\n`);
  const plain: number[] = [];
  const plainTasks: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const { dcl, longTasks } = await loadPage(context, host.url, frontDoor.origin);
    plain.push(dcl);
    plainTasks.push(sum(longTasks));
    await context.close();
  }
  console.log(`plain page: DOMContentLoaded ${median(plain).toFixed(0)} ms, long tasks ${median(plainTasks).toFixed(0)} ms in all (medians)`);
  for (const mode of ['defer', 'async']) {
    const rows: {
      dcl: number;
      bytes: number;
      longTasks: number[];
      repeat: number;
      repeatCached: number;
      open: Awaited<ReturnType<typeof openChat>>;
      reopen: Awaited<ReturnType<typeof reopenChat>>;
    }[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const first = await loadPage(context, host.url + mode, frontDoor.origin);
      const again = await loadPage(context, host.url + mode, frontDoor.origin);
      const open = await openChat(again.page, again.requests, frontDoor.origin);
      const reopen = await reopenChat(context, host.url + mode, frontDoor.origin);
      rows.push({ dcl: first.dcl, bytes: first.bytes, longTasks: first.longTasks, repeat: again.bytes, repeatCached: again.fromCache, open, reopen });
      await context.close();
    }
    const dcl = median(rows.map((r) => r.dcl));
    console.log(`\nembed tag with ${mode}:`);
    console.log(`  DOMContentLoaded ${dcl.toFixed(0)} ms, delta ${(dcl - median(plain)).toFixed(0)} ms (${(dcl / median(plain)).toFixed(2)}x the plain page) — goal < 100 ms`);
    console.log(`  bytes with the page (compressed, headers included): ${kb(median(rows.map((r) => r.bytes)))} — goal: stub <= 6 kB gz`);
    console.log(`  long tasks: ${median(rows.map((r) => sum(r.longTasks))).toFixed(0)} ms in all (plain page ${median(plainTasks).toFixed(0)} ms); longest ${median(rows.map((r) => Math.max(0, ...r.longTasks))).toFixed(0)} ms (medians)`);
    console.log(`  repeat visit: ${kb(median(rows.map((r) => r.repeat)))} from the network, ${median(rows.map((r) => r.repeatCached))} widget responses from cache or 304`);
    console.log(`  opening the chat: ${kb(median(rows.map((r) => r.open.bytes)))} more in ${median(rows.map((r) => r.open.requests))} requests`);
    const m = (pick: (row: (typeof rows)[number]) => number, digits = 0) => median(rows.map(pick)).toFixed(digits);
    console.log(`  new family: click to language question ${m((r) => r.open.pickerMs)} ms (${m((r) => r.open.pickerTrips)} round trips); language chosen to first question ${m((r) => r.open.promptMs)} ms (${m((r) => r.open.promptTrips)} round trips)`);
    console.log(`  returning family, new tab: click to their conversation ${m((r) => r.reopen.ms)} ms (${m((r) => r.reopen.trips)} round trips, ${kb(median(rows.map((r) => r.reopen.bytes)))})`);
  }
  console.log(`\npeers measured earlier (initial gzipped script): ${PEERS}`);
} finally {
  await browser.close();
  host.server.close();
  frontDoor.process.kill();
  rmSync(frontDoor.dir, { recursive: true, force: true });
}
