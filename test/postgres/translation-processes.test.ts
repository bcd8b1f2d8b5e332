import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/staff-client.js';
import { sameDatabase, startTestServer, type TestServer } from '../support/test-server.js';

let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  first = await startTestServer({ seed: true });
  second = await startTestServer(sameDatabase(first));
});
afterAll(async () => {
  await second?.stop();
  await first?.dispose();
});

describe('a translator’s change with several server processes', () => {
  it('is served by the other process too, without a restart', async () => {
    const translator = await signIn(first.url, 'translator');
    const text = 'Czat z Centrum Rodzinnym w Bradford';
    const saved = await translator.fetch('/api/translations/pl/changes', {
      method: 'POST',
      body: JSON.stringify({ namespace: 'widget', key: 'panel.title', text, review: 'draft' }),
    });
    expect(saved.status).toBe(201);
    await expect
      .poll(async () => ((await (await fetch(`${second.url}/locales/pl/widget.json`)).json()) as { panel: { title: string } }).panel.title, { timeout: 20_000 })
      .toBe(text);
  });
});
