import { afterEach, describe, expect, it } from 'vitest';
import { sessions } from '../../server/db/tables.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/** A clock the test moves by hand; a 1 s heartbeat runs the checks often without starving a busy machine's pongs. */
async function serverWithClock(options: { staffIdleMs?: number } = {}) {
  let now = new Date('2026-11-24T11:00:00Z').getTime();
  const clock = { advance: (ms: number) => void (now += ms) };
  server = await startTestServer({
    now: () => new Date(now),
    seed: true,
    socketLimits: { heartbeatMs: 1000, staffIdleMs: options.staffIdleMs ?? 24 * 3_600_000 },
  });
  return { server, clock };
}

// Each test seeds its own server (scrypt for every demo account): slow on a busy machine.
describe('a live staff socket ends with its session', { timeout: 120_000 }, () => {
  it('closes with 4401 on logout, and the family’s next words never reach it', async () => {
    const { server } = await serverWithClock();
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 2AA' });
    const west = await signIn(server.url, 'west');
    const socket = await west.socket();
    const snapshot = await socket.waitFor((f) => f.type === 'queue.snapshot');
    const handoffId = (snapshot.entries as { handoffId: string }[])[0]!.handoffId;
    await socket.request({ type: 'handoff.claim', handoffId }, (f) => f.type === 'handoff.claimed');
    await socket.request({ type: 'conversation.open', conversationId: family.conversationId }, (f) => f.type === 'conversation.detail');

    expect((await west.fetch('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    await expect.poll(() => socket.closed?.code, { timeout: 15_000 }).toBe(4401);
    const seen = socket.frames.length;
    await family.say('after the logout');
    expect(socket.frames.slice(seen)).toEqual([]);
    await family.close();
  });

  it('closes with 4401 once the session has expired', async () => {
    const { server, clock } = await serverWithClock();
    const socket = await (await signIn(server.url, 'east')).socket();
    await socket.waitFor((f) => f.type === 'queue.snapshot');
    clock.advance(9 * 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(socket.isOpen).toBe(true);
    clock.advance(2 * 3_600_000);
    await expect.poll(() => socket.closed?.code, { timeout: 15_000 }).toBe(4401);
  });

  it('closes with 4401 when the session row is deleted by any other path', async () => {
    const { server } = await serverWithClock();
    const socket = await (await signIn(server.url, 'manager')).socket();
    await socket.waitFor((f) => f.type === 'queue.snapshot');
    await server.ctx.store.transaction((tx) => tx.delete(sessions));
    await expect.poll(() => socket.closed?.code, { timeout: 15_000 }).toBe(4401);
  });

  it('closes an idle console with 4401, while activity keeps it open', async () => {
    const { server, clock } = await serverWithClock({ staffIdleMs: 30 * 60_000 });
    const socket = await (await signIn(server.url, 'south')).socket();
    await socket.waitFor((f) => f.type === 'queue.snapshot');
    clock.advance(20 * 60_000);
    await socket.request({ type: 'conversation.open', conversationId: crypto.randomUUID() }, (f) => f.type === 'error');
    clock.advance(20 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(socket.isOpen).toBe(true);
    clock.advance(11 * 60_000);
    await expect.poll(() => socket.closed?.code, { timeout: 15_000 }).toBe(4401);
  });
});
