import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.dispose());

describe('health and readiness', () => {
  it('/healthz answers while the process and database are alive', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('/readyz is 503 naming what it waits for until start-up tasks finish, then 200 with the migrations applied', async () => {
    const done = server.ctx.readiness.hold('demo staff seeding');
    const waiting = await fetch(`${server.url}/readyz`);
    expect(waiting.status).toBe(503);
    expect(await waiting.json()).toEqual({ ready: false, waitingFor: ['demo staff seeding'], processes: 1 });
    done();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, migrations: expect.any(Number), processes: 1 });
  });

  it('/readyz is 503 once the server is draining', async () => {
    server.ctx.readiness.drain();
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { waitingFor: string[] }).waitingFor).toContain('shutting down');
  });
});
