import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationListPage } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn, type StaffClient } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A Tuesday at 11:00 in London: every hub is open.
const OPEN = new Date('2026-11-24T11:00:00Z');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

async function list(staff: StaffClient, params: Record<string, string> = {}): Promise<ConversationListPage> {
  const response = await staff.fetch(`/api/conversations?${new URLSearchParams(params)}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ConversationListPage;
}
const ids = (page: ConversationListPage) => page.conversations.map((c) => c.conversationId).sort();

describe('the conversations list and search', () => {
  it('finds families by their own words only within the hubs staff may see', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const west = await FamilyClient.start(server.url);
    await west.askForHelp({ postcode: 'BD8 7AA', needs: ['housing'] });
    await west.say('The landlord served an eviction notice on Friday');
    const east = await FamilyClient.start(server.url);
    await east.askForHelp({ postcode: 'BD3 9AA', needs: ['money-debt'] });
    await east.say('Eviction letter arrived in Eccleshill, rent arrears');
    const shared = await FamilyClient.start(server.url);
    await shared.askForHelp({ urgency: 'danger-now' });
    await shared.say('We may face eviction soon');
    const [aisha, sam, jo, marek] = (await Promise.all(['west', 'east', 'manager', 'translator'].map((name) => signIn(server!.url, name)))) as [StaffClient, StaffClient, StaffClient, StaffClient];

    expect(ids(await list(aisha, { q: 'eviction' }))).toEqual([west.conversationId, shared.conversationId].sort());
    expect(ids(await list(sam, { q: 'eviction' }))).toEqual([east.conversationId, shared.conversationId].sort());
    expect(ids(await list(jo, { q: 'eviction' }))).toEqual([west, east, shared].map((f) => f.conversationId).sort());
    // West never finds east's words, not even words only east's family wrote.
    expect((await list(aisha, { q: 'Eccleshill' })).conversations).toEqual([]);
    expect(ids(await list(sam, { q: 'eccles' }))).toEqual([east.conversationId]);
    expect(ids(await list(sam, { q: 'rent arrears' }))).toEqual([east.conversationId]);
    expect((await list(sam, { q: 'arrears landlord' })).conversations).toEqual([]);

    const found = (await list(aisha, { q: 'landlord' })).conversations;
    expect(found).toEqual([
      expect.objectContaining({
        conversationId: west.conversationId,
        locality: 'west',
        status: 'waiting',
        needs: ['housing'],
        urgent: false,
        assignee: null,
        match: 'The landlord served an eviction notice on Friday',
      }),
    ]);
    // Staff words, scripted lines and choices are not the family's words.
    expect((await list(jo, { q: 'parent' })).conversations).toEqual([]);

    const translator = await marek.fetch('/api/conversations?q=eviction');
    expect(translator.status).toBe(403);
    await Promise.all([west.close(), east.close(), shared.close()]);
  });

  it('filters by hub, status, need, urgency, language, date and assignee', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const west = await FamilyClient.start(server.url);
    await west.askForHelp({ postcode: 'BD8 7AA', needs: ['housing', 'food-fuel'] });
    const urgent = await FamilyClient.start(server.url, 'pl');
    await urgent.askForHelp({ postcode: 'BD9 4AA', urgency: 'danger-now' });
    const east = await FamilyClient.start(server.url);
    await east.askForHelp({ postcode: 'BD3 9AA' });
    const jo = await signIn(server.url, 'manager');
    const aisha = await signIn(server.url, 'west');

    expect(ids(await list(aisha))).toEqual([west.conversationId, urgent.conversationId].sort());
    expect(ids(await list(jo, { hub: 'east' }))).toEqual([east.conversationId]);
    expect(ids(await list(jo, { need: 'food-fuel' }))).toEqual([west.conversationId]);
    expect(ids(await list(jo, { urgent: 'true' }))).toEqual([urgent.conversationId]);
    expect(ids(await list(jo, { language: 'pl' }))).toEqual([urgent.conversationId]);
    expect(ids(await list(jo, { from: '2026-11-24', to: '2026-11-24' }))).toHaveLength(3);
    expect((await list(jo, { to: '2026-11-23' })).conversations).toEqual([]);

    const socket = await aisha.socket();
    const handoffId = (await socket.waitFor<{ type: string; entries: { conversationId: string; handoffId: string }[] }>((f) => f.type === 'queue.snapshot')).entries.find(
      (e) => e.conversationId === west.conversationId,
    )!.handoffId;
    socket.send({ type: 'handoff.claim', handoffId });
    await socket.waitFor((f) => f.type === 'queue.updated' && (f.entry as { status: string }).status === 'active');

    expect((await list(aisha, { assignee: 'me' })).conversations).toEqual([
      expect.objectContaining({ conversationId: west.conversationId, status: 'open', assignee: { id: aisha.staff.id, name: 'Aisha' } }),
    ]);
    expect(ids(await list(jo, { assignee: aisha.staff.id }))).toEqual([west.conversationId]);
    expect(ids(await list(jo, { status: 'waiting' }))).toEqual([urgent.conversationId, east.conversationId].sort());
    expect((await list(jo, { status: 'closed' })).conversations).toEqual([]);
    await Promise.all([west.close(), urgent.close(), east.close()]);
  });

  it('pages, opens history read-only within access, and refuses bad queries with a reason', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const families = [];
    for (const postcode of ['BD8 1AA', 'BD8 2AA', 'BD3 9AA']) {
      const family = await FamilyClient.start(server.url);
      await family.askForHelp({ postcode });
      families.push(family);
    }
    const aisha = await signIn(server.url, 'west');
    const first = await list(aisha, { limit: '1' });
    expect(first.next).toBeDefined();
    const second = await list(aisha, { limit: '1', before: first.next! });
    expect(second.next).toBeUndefined();
    expect([...ids(first), ...ids(second)].sort()).toEqual([families[0]!.conversationId, families[1]!.conversationId].sort());

    const own = await aisha.fetch(`/api/conversations/${families[0]!.conversationId}`);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ conversationId: families[0]!.conversationId, summary: { locality: 'west' } });
    expect((await aisha.fetch(`/api/conversations/${families[2]!.conversationId}`)).status).toBe(403);

    for (const bad of ['status=lost', 'limit=1000', 'hub=mars', 'from=yesterday', 'sort=name', `q=${'x'.repeat(201)}`]) {
      const response = await aisha.fetch(`/api/conversations?${bad}`);
      expect(response.status, bad).toBe(400);
    }
    expect((await aisha.fetch('/api/conversations?before=nonsense')).status).toBe(422);
    expect((await aisha.fetch(`/api/conversations?q=${encodeURIComponent('"* NEAR( ^')}`)).status).toBe(200);
    expect((await aisha.fetch(`/api/conversations?q=${encodeURIComponent('?!')}`)).status).toBe(422);
    expect((await fetch(`${server.url}/api/conversations`)).status).toBe(401);
    await Promise.all(families.map((f) => f.close()));
  });
});
