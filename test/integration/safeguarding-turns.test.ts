import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversations, safeguardingTriggers } from '../../server/db/tables.js';
import type { Message, QueueEntry } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface CorpusEntry {
  language: string;
  severity: string;
  text: string;
}
const corpus = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/safeguarding/${name}`, import.meta.url), 'utf8')) as CorpusEntry[];
const danger = corpus('danger-corpus.json');
const harmless = corpus('harmless-corpus.json');

// Tuesday 11:00 in London (hubs open); the clock is shared, so one test can move it out of hours.
let now = new Date('2026-11-24T11:00:00Z');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: () => now, seed: true });
});
afterAll(() => server.dispose());

/** The messages created in reply to the family's message with this seq, in order. */
function replyTo(family: FamilyClient, seq: number): Message[] {
  return family.messages().filter((m) => m.seq > seq);
}

async function sayAndSettle(family: FamilyClient, text: string) {
  const ack = await family.say(text);
  await family.socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).seq > ack.seq);
  return ack.seq;
}

// The corpus labels code-switched sentences "mixed", which is no language a family can choose.
const chatLanguage = (label: string) => (label === 'mixed' ? 'en' : label);

describe('safeguarding on every turn, through the real server', () => {
  it(`shows the emergency card first, in the same turn, for all ${danger.length} danger sentences`, async () => {
    const missed: string[] = [];
    for (const entry of danger) {
      const family = await FamilyClient.start(server.url, chatLanguage(entry.language));
      const seq = await sayAndSettle(family, entry.text);
      const first = replyTo(family, seq)[0];
      const recorded = (await server.ctx.db.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, family.conversationId)));
      if (first?.content.kind !== 'safeguarding' || !recorded.some((r) => r.severity === entry.severity)) missed.push(`${entry.language}: ${entry.text}`);
      await family.close();
    }
    expect(missed).toEqual([]);
    expect(new Set(danger.map((d) => d.language)).size).toBeGreaterThanOrEqual(10);
  });

  it(`raises nothing for ${harmless.length} harmless sentences`, async () => {
    const alarmed: string[] = [];
    for (const entry of harmless) {
      const family = await FamilyClient.start(server.url, chatLanguage(entry.language));
      const seq = await sayAndSettle(family, entry.text);
      if (replyTo(family, seq).some((m) => m.content.kind === 'safeguarding')) alarmed.push(`${entry.language}: ${entry.text}`);
      const row = (await server.ctx.db.select().from(conversations).where(eq(conversations.id, family.conversationId)))[0];
      if (row?.urgent) alarmed.push(`urgent: ${entry.text}`);
      await family.close();
    }
    expect(alarmed).toEqual([]);
  });

  it('keeps the flow where it was, flags the conversation urgent, and alerts every console', async () => {
    const east = await signIn(server.url, 'east');
    const console = await east.socket();
    await console.waitFor((f) => f.type === 'queue.snapshot');
    const family = await FamilyClient.start(server.url);
    await family.answer('who', ['parent-carer']);
    await family.answer('ages', ['0-1']);
    const seq = await sayAndSettle(family, 'my partner hits me when he drinks');
    const reply = replyTo(family, seq);
    expect(reply[0]?.content).toMatchObject({ kind: 'safeguarding', route: { severity: 'domestic-abuse' } });
    // The needs question is asked again: nothing was skipped or lost.
    expect(reply.at(-1)?.content).toMatchObject({ kind: 'prompt', nodeId: 'needs' });
    const alert = await console.waitFor((f) => f.type === 'safeguarding.alert');
    expect(alert).toMatchObject({ conversationId: family.conversationId, severity: 'domestic-abuse' });
    expect((await server.ctx.db.select().from(conversations).where(eq(conversations.id, family.conversationId)))[0]).toMatchObject({
      urgent: true,
      urgentReason: 'domestic-abuse',
    });

    await family.answer('needs', ['housing']);
    await family.say('BD3 2AA');
    await family.answer('urgency', ['today']);
    await family.answer('own-words', []);
    await family.send({ type: 'handoff.request' });
    const entry = await console.waitFor<{ type: string; entry: QueueEntry }>((f) => f.type === 'queue.updated' && (f.entry as QueueEntry).conversationId === family.conversationId);
    expect(entry.entry).toMatchObject({ urgent: true, urgentReason: 'domestic-abuse', locality: 'east' });
    await Promise.all([family.close(), console.close()]);
  });

  it('treats designated choices as signals, and out of hours says what to do now', async () => {
    now = new Date('2026-11-28T23:30:00Z');
    const family = await FamilyClient.start(server.url);
    await family.answer('who', ['young-person']);
    await family.answer('age-young-person', ['12-15']);
    await family.answer('needs-young-person', ['domestic-abuse']);
    await family.answer('postcode', []);
    const ack = await family.answer('urgency', ['danger-now']);
    await family.socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).seq > ack.seq);
    const card = replyTo(family, ack.seq)[0]?.content;
    expect(card).toMatchObject({ kind: 'safeguarding', outOfHours: true, route: { severity: 'immediate-danger' } });
    const contacts = card?.kind === 'safeguarding' ? card.route.contacts : [];
    expect(contacts[0]).toMatchObject({ phone: '999' });
    const cards = family.messages().filter((m) => m.content.kind === 'safeguarding').map((m) => (m.content.kind === 'safeguarding' ? m.content.route.severity : ''));
    expect(cards).toEqual(['domestic-abuse', 'immediate-danger']);
    // Worry about a child at night: the out-of-hours team, never only a daytime number.
    const seq = await sayAndSettle(family, 'my stepdad hurts my little brother');
    const childCard = replyTo(family, seq)[0]?.content;
    expect(childCard).toMatchObject({ kind: 'safeguarding', outOfHours: true, route: { severity: 'child-safety' } });
    const childContacts = childCard?.kind === 'safeguarding' ? childCard.route.contacts : [];
    expect(childContacts.findIndex((c) => c.phone === '01274 431010')).toBeLessThan(childContacts.findIndex((c) => c.phone === '01274 435600'));
    await family.close();
    now = new Date('2026-11-24T11:00:00Z');
  });

  it('reports every trigger with what followed to managers only', async () => {
    const jo = await signIn(server.url, 'manager');
    const report = (await (await jo.fetch('/api/manager/safeguarding-report?from=2026-11-01&to=2026-11-30')).json()) as { triggers: { severity: string; handoffRequestedAt: string | null; phraseLanguage: string }[] };
    expect(report.triggers.length).toBeGreaterThanOrEqual(danger.length);
    expect(report.triggers.some((t) => t.severity === 'domestic-abuse' && t.handoffRequestedAt !== null)).toBe(true);
    expect(new Set(report.triggers.map((t) => t.phraseLanguage)).size).toBeGreaterThanOrEqual(10);
    const sam = await signIn(server.url, 'east');
    expect((await sam.fetch('/api/manager/safeguarding-report?from=2026-11-01&to=2026-11-30')).status).toBe(403);
  });
});
