import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn, type StaffClient } from '../support/staff-client.js';
import type { TestSocket } from '../support/test-socket.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let staff: Record<'west' | 'east' | 'manager', StaffClient>;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  const [west, east, manager] = await Promise.all(['west', 'east', 'manager'].map((name) => signIn(server.url, name)));
  staff = { west: west!, east: east!, manager: manager! };
});
afterAll(() => server.dispose());

async function consoleOf(who: StaffClient): Promise<TestSocket> {
  const socket = await who.socket();
  await socket.waitFor((f) => f.type === 'queue.snapshot');
  return socket;
}

const entryFor = (conversationId: string) => (f: { type: string; entry?: unknown }) =>
  f.type === 'queue.updated' && (f.entry as QueueEntry).conversationId === conversationId;

describe('every staff broadcast is scoped on the server', () => {
  it('never sends West anything about an East family: queue, alert and phrase, presence, claims, messages, typing', async () => {
    const [west, east, manager] = await Promise.all([consoleOf(staff.west), consoleOf(staff.east), consoleOf(staff.manager)]);
    const family = await FamilyClient.start(server.url);
    await family.answer('who', ['parent-carer']);
    await family.answer('ages', ['5-11']);
    await family.answer('needs', ['housing']);
    await family.say('BD3 2AA');
    // Danger words once the family's hub (East) is known: the alert, with the phrase, is East's.
    await family.say('my partner hits me when he drinks');
    await east.waitFor((f) => f.type === 'safeguarding.alert' && f.conversationId === family.conversationId);
    await manager.waitFor((f) => f.type === 'safeguarding.alert' && f.conversationId === family.conversationId);
    await family.answer('urgency', ['today']);
    await family.answer('own-words', []);
    await family.answer('offer', ['talk']);
    const queued = await east.waitFor<{ type: string; entry: QueueEntry }>(entryFor(family.conversationId));
    await manager.waitFor(entryFor(family.conversationId));

    await east.request({ type: 'handoff.claim', handoffId: queued.entry.handoffId }, (f) => f.type === 'handoff.claimed');
    await east.request({ type: 'conversation.open', conversationId: family.conversationId }, (f) => f.type === 'conversation.detail');
    family.socket.send({ type: 'typing.update', typing: true });
    await east.waitFor((f) => f.type === 'typing.updated' && f.conversationId === family.conversationId);
    await family.say('thank you for picking up');
    await east.waitFor((f) => f.type === 'message.created' && JSON.stringify(f).includes('thank you for picking up'));
    await family.close();
    await manager.waitFor((f) => f.type === 'family.presence' && f.conversationId === family.conversationId && f.online === false);

    // A West console opened now gets a snapshot without the East family too.
    const lateWest = await consoleOf(staff.west);
    for (const socket of [west, lateWest]) {
      const everything = JSON.stringify(socket.frames);
      expect(everything).not.toContain(family.conversationId);
      expect(everything).not.toContain(queued.entry.handoffId);
      expect(everything).not.toContain('hits me');
      for (const frame of socket.frames.filter((f) => f.type === 'presence.updated' || f.type === 'queue.snapshot')) {
        expect(Object.keys(frame.presence as object).every((hub) => hub === 'west' || hub === 'all')).toBe(true);
      }
    }
    // The manager saw all of it, and East staff's presence.
    expect(JSON.stringify(manager.frames)).toContain(queued.entry.handoffId);
    expect(manager.frames.some((f) => f.type === 'presence.updated' && 'east' in (f.presence as object))).toBe(true);
    await Promise.all([west, lateWest, east, manager].map((s) => s.close()));
  });

  it('stops a watch when the family is transferred away: no more of their messages', async () => {
    const [west, east] = await Promise.all([consoleOf(staff.west), consoleOf(staff.east)]);
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 2AA' });
    const queued = await west.waitFor<{ type: string; entry: QueueEntry }>(entryFor(family.conversationId));
    const handoffId = queued.entry.handoffId;
    await west.request({ type: 'handoff.claim', handoffId }, (f) => f.type === 'handoff.claimed');
    await west.request({ type: 'conversation.open', conversationId: family.conversationId }, (f) => f.type === 'conversation.detail');
    await family.say('before the transfer');
    await west.waitFor((f) => f.type === 'message.created' && JSON.stringify(f).includes('before the transfer'));

    await west.request({ type: 'handoff.transfer', handoffId, locality: 'east' }, (f) => f.type === 'queue.removed' && f.handoffId === handoffId);
    const since = west.frames.length;
    await east.waitFor(entryFor(family.conversationId));
    await east.request({ type: 'conversation.open', conversationId: family.conversationId }, (f) => f.type === 'conversation.detail');
    await family.say('after the transfer');
    await east.waitFor((f) => f.type === 'message.created' && JSON.stringify(f).includes('after the transfer'));
    family.socket.send({ type: 'typing.update', typing: true });
    await east.waitFor((f) => f.type === 'typing.updated' && f.conversationId === family.conversationId);

    expect(JSON.stringify(west.frames.slice(since))).not.toContain(family.conversationId);
    const refused = await west.request({ type: 'conversation.open', conversationId: family.conversationId }, (f) => f.type === 'error');
    expect(refused).toMatchObject({ code: 'forbidden' });
    await Promise.all([family.close(), west.close(), east.close()]);
  });
});
