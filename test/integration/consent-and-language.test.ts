import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { consents } from '../../server/db/tables.js';
import type { Message, QueueEntry } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const OPEN = new Date('2026-11-24T11:00:00Z');
let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const localeText = (language: string, path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], JSON.parse(readFileSync(`locales/${language}/consent.json`, 'utf8'))) as string;

describe('consent in the family’s language', () => {
  it('records who asked, the answer, the language, the wording version and the hash of the exact text shown', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const family = await FamilyClient.start(server.url, 'ur');
    await family.askForHelp({ postcode: 'BD8 1AA' });
    const aisha = await signIn(server.url, 'west');
    const console = await aisha.socket();
    const { entries } = await console.waitFor<{ type: string; entries: QueueEntry[] }>((f) => f.type === 'queue.snapshot');
    console.send({ type: 'handoff.claim', handoffId: entries[0]!.handoffId });
    await family.socket.waitFor((f) => f.type === 'handoff.updated' && (f.handoff as { status: string }).status === 'active');
    console.send({ type: 'consent.request', conversationId: family.conversationId });

    const card = await family.socket.waitFor<{ type: string; message: Message }>((f) => f.type === 'message.created' && (f.message as Message).content.kind === 'consent-request');
    if (card.message.content.kind !== 'consent-request') throw new Error('not a consent card');
    const { paragraphs, consentId } = card.message.content;
    // The Urdu is a draft, so the English wording is shown with it.
    expect(paragraphs[0]).toBe(localeText('ur', ['earlyHelp', 'v1', 'title']));
    expect(paragraphs).toContain(localeText('en', ['earlyHelp', 'v1', 'title']));

    const ack = await family.send({ type: 'consent.answer', consentId, answer: 'yes' });
    expect(ack.type).toBe('message.acked');
    const row = (await server.ctx.db.select().from(consents))[0]!;
    expect(row).toMatchObject({ id: consentId, requestedBy: aisha.staff.id, language: 'ur', wordingKey: 'consent:earlyHelp', wordingVersion: 1, answer: 'yes' });
    expect(row.textHash).toBe(createHash('sha256').update(paragraphs.join('\n\n')).digest('hex'));
    expect(row.answeredAt).toBe(OPEN.toISOString());

    const again = await family.send({ type: 'consent.answer', consentId, answer: 'no' });
    expect(again).toMatchObject({ type: 'error', code: 'conflict' });
    expect((await family.send({ type: 'consent.withdraw', consentId })).type).toBe('message.acked');
    expect((await server.ctx.db.select().from(consents))[0]).toMatchObject({ withdrawnBy: 'family' });
    const stopped = () => family.messages().filter((m) => m.content.kind === 'event' && m.content.text.key === 'consent:withdraw.done').length;
    await expect.poll(stopped).toBe(1);
    expect(await family.send({ type: 'consent.withdraw', consentId })).toMatchObject({ type: 'error', code: 'conflict' });
    expect(stopped()).toBe(1);
    await Promise.all([family.close(), console.close()]);
  });
});

describe('a language without a translation', () => {
  it('continues in a second language and tells staff an interpreter is needed', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const family = await FamilyClient.start(server.url, 'ti');
    expect(family.ready.language).toBe('ti');
    await family.askForHelp({ postcode: 'BD3 1AA' });
    const sam = await signIn(server.url, 'east');
    const console = await sam.socket();
    const { entries } = await console.waitFor<{ type: string; entries: QueueEntry[] }>((f) => f.type === 'queue.snapshot');
    expect(entries.find((e) => e.conversationId === family.conversationId)).toMatchObject({ language: 'ti', interpreterNeeded: 'ti' });

    const urdu = await FamilyClient.start(server.url, 'ur');
    await urdu.askForHelp({ postcode: 'BD3 1AB' });
    const update = await console.waitFor<{ type: string; entry: QueueEntry }>((f) => f.type === 'queue.updated' && (f.entry as QueueEntry).conversationId === urdu.conversationId);
    expect(update.entry.interpreterNeeded).toBeUndefined();
    await Promise.all([family.close(), urdu.close(), console.close()]);
  });
});
