import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type StaffClient } from '../support/staff-client.js';
import { rawRequest } from '../support/raw-http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TestSocket, wsUrl } from '../support/test-socket.js';

let server: TestServer;
let manager: StaffClient;
let host: string;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-11-24T11:00:00Z'), seed: true });
  manager = await signIn(server.url, 'manager');
  host = new URL(server.url).host;
});
afterAll(async () => {
  await server.dispose();
});

describe('request bodies', () => {
  it('refuses a login body declared as 200 MB with a JSON 413, having read almost none of it', async () => {
    const head = `POST /api/auth/login HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`;
    // Only 1 KiB of the declared 200 MB is ever sent: the answer cannot wait for the rest.
    const response = await rawRequest(server.url, head, (write) => void write('{"username":"' + 'a'.repeat(1024)));
    expect(response.status).toBe(413);
    expect(response.text).toMatch(/application\/json/);
    expect(response.text).toMatch(/too large/);
  });

  it('stops reading a chunked body at the limit, and the server stays small', async () => {
    const before = process.memoryUsage().heapUsed;
    const head = `POST /api/auth/login HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.url}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const response = await rawRequest(server.url, head, async (write) => {
      // Up to 32 MB offered in 64 KiB chunks; the 413 arrives long before the end.
      for (let i = 0; i < 512; i++) {
        write(`${chunk.length.toString(16)}\r\n`);
        const flowing = write(Buffer.concat([chunk, Buffer.from('\r\n')]));
        await new Promise((r) => (flowing ? setImmediate(r) : setTimeout(r, 5)));
      }
    });
    expect(response.status).toBe(413);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(24 * 1024 * 1024);
  });

  it('gives an enquiry more room than a login, but still a limit', async () => {
    const big = JSON.stringify({ conversationId: '00000000-0000-4000-8000-000000000000', staffNotes: 'x'.repeat(200 * 1024) });
    expect((await manager.fetch('/api/enquiries', { method: 'POST', body: big })).status).toBe(413);
    const fits = JSON.stringify({ conversationId: '00000000-0000-4000-8000-000000000000', staffNotes: 'x'.repeat(3000) });
    expect((await manager.fetch('/api/enquiries', { method: 'POST', body: fits })).status).not.toBe(413);
    const note = JSON.stringify({ outcome: 'x'.repeat(20 * 1024) });
    expect((await manager.fetch('/api/callbacks/00000000-0000-4000-8000-000000000000/done', { method: 'POST', body: note })).status).toBe(413);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await manager.fetch('/api/enquiries', { method: 'POST', body: '{"conversationId": ' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The body must be JSON.' });
  });

  it('refuses a language that is not in the registry', async () => {
    for (const language of ['=1+2', '__proto__', 'en\u202E', 'xx-NOPE']) {
      const response = await manager.fetch('/api/enquiries', { method: 'POST', body: JSON.stringify({ conversationId: '00000000-0000-4000-8000-000000000000', language }) });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(/registry/);
    }
  });
});

describe('dates in queries', () => {
  it.each([
    '/api/manager/scorecard?from=0000-00-00&to=2026-01-31',
    '/api/manager/scorecard?from=2026-02-30&to=2026-03-01',
    '/api/manager/safeguarding-report?from=2026-13-01&to=2026-12-31',
    '/api/enquiries/export?from=2026-01-01&to=2026-04-31&format=csv',
    '/api/manager/scorecard?from=1800-01-01&to=2026-01-01',
  ])('%s is a 400 that says why', async (path) => {
    const response = await manager.fetch(path);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/real date/);
  });

  it('accepts a leap day', async () => {
    expect((await manager.fetch('/api/manager/scorecard?from=2028-02-29&to=2028-02-29')).status).toBe(200);
  });
});

describe('Host header (DNS rebinding)', () => {
  it('answers its own host and refuses any other with 421', async () => {
    expect((await rawRequest(server.url, `GET /api/languages HTTP/1.1\r\nHost: ${host}\r\n\r\n`)).status).toBe(200);
    expect((await rawRequest(server.url, `GET /api/languages HTTP/1.1\r\nHost: localhost:${new URL(server.url).port}\r\n\r\n`)).status).toBe(200);
    expect((await rawRequest(server.url, `GET /api/languages HTTP/1.1\r\nHost: attacker.example:${new URL(server.url).port}\r\n\r\n`)).status).toBe(421);
    expect((await rawRequest(server.url, `GET /console HTTP/1.1\r\nHost: 127.0.0.1:1\r\n\r\n`)).status).toBe(421);
    // Health checks call by an internal name; /healthz says nothing but "ok".
    expect((await rawRequest(server.url, `GET /healthz HTTP/1.1\r\nHost: front-door-container:3000\r\n\r\n`)).status).toBe(200);
  });

  it('refuses a WebSocket upgrade for another host', async () => {
    const head = `GET /ws/widget HTTP/1.1\r\nHost: attacker.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`;
    expect((await rawRequest(server.url, head)).status).toBe(421);
    const ok = await TestSocket.open(wsUrl(server.url, '/ws/widget'));
    await ok.close();
  });
});
