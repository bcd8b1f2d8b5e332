import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * What a council page downloads from us, and how browsers may cache it (run after `npm run build`):
 * the launcher stub within its size budget, immutable chat bundles, revalidated translations, and
 * precompressed bytes whenever the browser accepts them.
 */
const COUNCIL = 'https://www.bradford.gov.uk';
/** The promise docs/embedding.md makes to council web teams. */
const STUB_BUDGET_BYTES = 6 * 1024;

let server: TestServer;
let chat: string;

beforeAll(async () => {
  server = await startTestServer({ embedOrigins: [COUNCIL] });
  chat = (JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as Record<string, string>).widget!;
});
afterAll(() => server?.dispose());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

/** Node's fetch decodes br/gzip itself; the raw length is what content-length promises. */
async function wireBytes(response: Response): Promise<number> {
  return Number(response.headers.get('content-length'));
}

describe('the launcher stub', () => {
  it('is within the 6 kB (gzipped) budget, as built', () => {
    const stub = readFileSync('dist/widget.js');
    expect(gzipSync(stub, { level: 9 }).length).toBeLessThanOrEqual(STUB_BUDGET_BYTES);
    expect(readFileSync('dist/widget.js.gz').length).toBeLessThanOrEqual(STUB_BUDGET_BYTES);
    // Not the chat: no Preact, and none of the conversation's texts.
    expect(stub.toString()).not.toContain('conversation.resume');
    expect(stub.toString()).toContain(chat);
  });

  it('carries the launcher label of every shipped language', () => {
    const stub = readFileSync('dist/widget.js', 'utf8');
    const shipped = readdirSync('locales').filter((code) => existsSync(`locales/${code}/widget.json`));
    for (const code of shipped) {
      const label = (JSON.parse(readFileSync(`locales/${code}/widget.json`, 'utf8')) as { launcher: { label: string } }).launcher.label;
      expect(stub, code).toContain(label);
    }
  });
});

describe('caching and compression', () => {
  for (const path of ['/widget.js', '/locales/ur/widget.json', '/api/languages'] as const) {
    it(`${path}: brotli, gzip or plain as accepted, one strong ETag each, 304 when unchanged`, async () => {
      const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await get(path, { 'accept-encoding': 'gzip' });
      const plain = await get(path, { 'accept-encoding': 'identity' });
      expect([br, gzip, plain].map((r) => r.headers.get('content-encoding'))).toEqual(['br', 'gzip', null]);
      const [brText, gzipText, plainText] = await Promise.all([br.text(), gzip.text(), plain.text()]);
      expect(brText).toBe(plainText);
      expect(gzipText).toBe(plainText);
      expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(plainText));
      expect(await wireBytes(br)).toBeLessThan(Buffer.byteLength(plainText));
      for (const response of [br, gzip, plain]) {
        expect(response.headers.get('vary')).toContain('Accept-Encoding');
        expect(response.headers.get('cache-control')).toBe('public, max-age=300');
        expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
      }
      expect(new Set([br, gzip, plain].map((r) => r.headers.get('etag'))).size).toBe(3);
      const again = await get(path, { 'accept-encoding': 'gzip, deflate, br', 'if-none-match': br.headers.get('etag')! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect((await get(path, { 'accept-encoding': 'br', 'if-none-match': '"stale"' })).status).toBe(200);
    });
  }

  it('types each response rightly', async () => {
    expect((await get('/widget.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(chat)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/locales/pl/flows.json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('the chat bundle is immutable and readable from any council origin, the console bundle is not', async () => {
    const response = await get(chat, { 'accept-encoding': 'br', origin: COUNCIL });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const stub = await get('/widget.js', { origin: COUNCIL });
    expect(stub.headers.get('access-control-allow-origin')).toBe('*');
    expect(stub.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const consoleBundle = (JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as Record<string, string>).console!;
    expect((await get(consoleBundle)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a council page revalidating a translation keeps its CORS permission on the 304', async () => {
    const first = await get('/locales/pl/widget.json', { origin: COUNCIL, 'accept-encoding': 'br' });
    const again = await get('/locales/pl/widget.json', { origin: COUNCIL, 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe(COUNCIL);
  });
});
