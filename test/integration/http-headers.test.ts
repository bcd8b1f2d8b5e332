import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Response headers per route, against the real server (run after `npm run build`). */
let server: TestServer;
let manifest: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ embedOrigins: ['https://www.bradford.gov.uk'] });
  // Read at run time: dist/ exists only after the build, and the typecheck runs before it.
  manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as Record<string, string>;
});
afterAll(() => server?.dispose());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe('security headers', () => {
  it('everywhere: nosniff, a referrer policy and a permissions policy', async () => {
    for (const path of ['/', '/widget.js', '/console', '/api/languages', '/locales/en/widget.json', '/healthz', '/no-such-page']) {
      const response = await get(path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
      expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('the console and the staff API: strict CSP, no framing', async () => {
    for (const path of ['/console', '/api/auth/session', '/api/enquiries', '/openapi.json']) {
      const response = await get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }
  });

  it('what a council page loads from us is usable cross-origin; the rest is not', async () => {
    for (const path of ['/widget.js', manifest.widget!, '/locales/pl/widget.json', '/api/languages']) {
      expect((await get(path)).headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
    }
    for (const path of ['/console', manifest.console!, '/console.css']) {
      expect((await get(path)).headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }
  });

  it('HSTS only over TLS: a forged X-Forwarded-Proto from an untrusted client is ignored', async () => {
    expect((await get('/')).headers.get('strict-transport-security')).toBeNull();
    expect((await get('/', { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security')).toBeNull();
    const behindProxy = await startTestServer({ security: { trustedProxy: { kind: 'loopback' } } });
    try {
      const response = await fetch(`${behindProxy.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await behindProxy.dispose();
    }
  });

  it('keeps a plausible inbound X-Request-Id and replaces anything else', async () => {
    expect((await get('/healthz', { 'x-request-id': 'lb-1234abcd' })).headers.get('x-request-id')).toBe('lb-1234abcd');
    expect((await get('/healthz', { 'x-request-id': 'bad id\twith "quotes"' })).headers.get('x-request-id')).not.toContain('bad');
  });
});

describe('CORS for the embed', () => {
  it('allows a listed council origin on the language list and locale files, without credentials', async () => {
    const response = await get('/api/languages', { origin: 'https://www.bradford.gov.uk' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.bradford.gov.uk');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
    const locale = await get('/locales/ur/widget.json', { origin: 'https://www.bradford.gov.uk' });
    expect(locale.headers.get('access-control-allow-origin')).toBe('https://www.bradford.gov.uk');
  });

  it('refuses another origin with a 403 the widget can read', async () => {
    const response = await get('/api/languages', { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'embed-origin-refused' });
    expect((await get('/locales/en/widget.json', { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('gives staff routes no CORS at all', async () => {
    const response = await get('/api/auth/session', { origin: 'https://www.bradford.gov.uk' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('static assets', () => {
  it('serves hashed bundles precompressed (br, then gzip) with immutable caching and ETags', async () => {
    const br = await get(manifest.widget!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const brBody = await br.text();
    const gzip = await get(manifest.widget!, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(brBody);
    const plain = await get(manifest.widget!, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(brBody);
    expect(new Set([br, gzip, plain].map((r) => r.headers.get('etag'))).size).toBe(3);

    const again = await get(manifest.widget!, { 'accept-encoding': 'br', 'if-none-match': br.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect((await get('/assets/widget.js')).status).toBe(404);
    expect((await get('/assets/..%2Fmanifest.json')).status).toBe(404);
  });

  it('serves a stable /widget.js (the launcher stub) that names the current hashed bundle, cached briefly and revalidated', async () => {
    const loader = await get('/widget.js');
    const body = await loader.text();
    expect(body).toContain(manifest.widget);
    expect(loader.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = loader.headers.get('etag')!;
    expect((await get('/widget.js', { 'if-none-match': etag })).status).toBe(304);
  });

  it('the console page names its hashed bundle', async () => {
    const html = await (await get('/console')).text();
    expect(html).toContain(`src="${manifest.console}"`);
    expect((await get(manifest.console!)).status).toBe(200);
  });
});
