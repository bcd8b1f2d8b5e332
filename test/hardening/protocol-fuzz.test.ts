import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSocketLimits } from '../../server/realtime/socket-limits.js';
import { crashInputs } from '../support/crash-frames.js';
import { FamilyClient } from '../support/family-client.js';
import { RawSocket } from '../support/raw-socket.js';
import { signIn, type StaffClient } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let victim: FamilyClient;
let manager: StaffClient;
const limits = defaultSocketLimits();

beforeAll(async () => {
  // The victim speaks after every input; rate limits are not what this file tests.
  const roomy = { perSecond: 1000, burst: 1000 };
  server = await startTestServer({ seed: true, socketLimits: { widgetFrames: roomy, ipFrames: roomy } });
  victim = await FamilyClient.start(server.url);
  manager = await signIn(server.url, 'manager');
});
afterAll(async () => {
  await victim.close();
  await server.dispose();
});

/** The victim family's live conversation still stores and acknowledges, and HTTP still answers. */
async function assertStillServing(label: string): Promise<void> {
  const ack = await victim.say(`still here after ${label}`);
  expect(ack.type, label).toBe('message.acked');
  expect((await fetch(`${server.url}/healthz`)).status, label).toBe(200);
}

/** Either ws refused the frame and closed this socket, or the server answered it with an error frame. */
async function sendAndSettle(socket: RawSocket, bytes: Buffer): Promise<'closed' | 'answered'> {
  socket.write(bytes);
  const answered = new Promise<'answered'>((resolve) => {
    const poll = setInterval(() => {
      if (socket.textFrames().some((f) => f.includes('"type":"error"'))) (clearInterval(poll), resolve('answered'));
    }, 20);
    poll.unref();
  });
  return Promise.race([socket.whenClosed().then(() => 'closed' as const), answered]);
}

describe('raw protocol input cannot take the server down', () => {
  for (const input of crashInputs(limits.widgetMaxPayload)) {
    it(`widget socket: ${input.name}`, async () => {
      const socket = await RawSocket.open(server.url, '/ws/widget');
      const outcome = await sendAndSettle(socket, input.bytes);
      expect(['closed', 'answered']).toContain(outcome);
      socket.destroy();
      await assertStillServing(input.name);
    });
  }

  for (const input of crashInputs(limits.staffMaxPayload)) {
    it(`signed-in staff socket: ${input.name}`, async () => {
      const socket = await RawSocket.open(server.url, '/ws/staff', { Cookie: manager.cookie, Origin: server.url });
      const outcome = await sendAndSettle(socket, input.bytes);
      expect(['closed', 'answered']).toContain(outcome);
      socket.destroy();
      await assertStillServing(`staff ${input.name}`);
    });
  }

  it('closes a widget socket whose frame is over maxPayload with 1009, before reading the body', async () => {
    const socket = await RawSocket.open(server.url, '/ws/widget');
    socket.write(crashInputs(limits.widgetMaxPayload)[2]!.bytes);
    await socket.whenClosed();
    const close = Buffer.concat(socket.received);
    // The close frame the server sent: opcode 8, then the status code.
    const at = close.indexOf(0x88);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(close.readUInt16BE(at + 2)).toBe(1009);
  });

  it('still accepts a well-formed message split into fragments', async () => {
    const { wsFrame } = await import('../support/raw-socket.js');
    const socket = await RawSocket.open(server.url, '/ws/widget');
    const text = Buffer.from(JSON.stringify({ type: 'conversation.resume', language: 'en' }));
    socket.write(
      Buffer.concat([
        wsFrame({ opcode: 1, fin: false, payload: text.subarray(0, 10) }),
        wsFrame({ opcode: 0, fin: false, payload: text.subarray(10, 20) }),
        wsFrame({ opcode: 9, payload: Buffer.from('between fragments') }),
        wsFrame({ opcode: 0, payload: text.subarray(20) }),
      ]),
    );
    await expect.poll(() => socket.textFrames().some((f) => f.includes('"type":"conversation.ready"'))).toBe(true);
    socket.destroy();
  });
});
