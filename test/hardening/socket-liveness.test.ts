import { afterEach, describe, expect, it } from 'vitest';
import { FamilyClient } from '../support/family-client.js';
import { RawSocket } from '../support/raw-socket.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const roomy = { perSecond: 10_000, burst: 10_000_000 };

describe('heartbeat', () => {
  it('terminates a socket that stops answering pings, and the family goes offline; a live one stays', async () => {
    server = await startTestServer({ socketLimits: { heartbeatMs: 1000 } });
    const live = await FamilyClient.start(server.url);
    const dead = await RawSocket.open(server.url, '/ws/widget');
    // Alive until the conversation is ready (a busy machine may take several heartbeats), then silent.
    dead.answerPings = true;
    dead.sendText(JSON.stringify({ type: 'conversation.resume', language: 'en' }));
    await expect.poll(() => dead.textFrames().some((f) => f.includes('conversation.ready')), { timeout: 15_000 }).toBe(true);
    dead.answerPings = false;
    const ready = JSON.parse(dead.textFrames().find((f) => f.includes('conversation.ready'))!) as { conversationId: string };
    expect(server.ctx.families.isOnline(ready.conversationId)).toBe(true);

    await dead.whenClosed(15_000);
    await expect.poll(() => server!.ctx.families.isOnline(ready.conversationId)).toBe(false);
    // The well-behaved client answered every ping meanwhile and still works.
    expect((await live.say('still connected')).type).toBe('message.acked');
    expect(server.ctx.families.isOnline(live.conversationId)).toBe(true);
    await live.close();
  });
});

describe('slow consumer', { timeout: 120_000 }, () => {
  it('cuts off a socket that stops reading once its unsent bytes pass the cap, so memory stays bounded', async () => {
    const cap = 256 * 1024;
    server = await startTestServer({
      seed: true,
      socketLimits: { maxBufferedBytes: cap, staffFrames: roomy, widgetFrames: roomy, widgetBytes: roomy, ipFrames: roomy, ipBytes: roomy },
    });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 2AA' });
    for (let i = 0; i < 60; i++) await family.say(`${i} ${'a long message '.repeat(266)}`);
    const manager = await signIn(server.url, 'manager');

    // Each conversation.open is answered with the whole transcript (~240 KB): the cheapest way
    // for a client to make the server write far more than it reads.
    const reader = await RawSocket.open(server.url, '/ws/staff', { Cookie: manager.cookie, Origin: server.url });
    reader.tcp.pause();
    const opens = 150;
    const open = JSON.stringify({ type: 'conversation.open', conversationId: family.conversationId });
    const { wsFrame } = await import('../support/raw-socket.js');
    reader.write(Buffer.concat(Array.from({ length: opens }, () => wsFrame({ opcode: 1, payload: Buffer.from(open) }))));

    // The guard lets go of the socket when it terminates it (only the family's socket remains).
    await expect.poll(() => server!.sockets.size, { timeout: 20_000 }).toBe(1);
    reader.tcp.resume();
    await reader.whenClosed(20_000);
    const detailBytes = 60 * 4000;
    // What reached the client is the kernel's buffers plus at most the cap and one frame, far
    // less than the 36 MB the requests asked for.
    expect(reader.receivedBytes).toBeLessThan((opens * detailBytes) / 3);
    expect(reader.receivedBytes).toBeGreaterThan(cap);
    await family.close();
  });
});
