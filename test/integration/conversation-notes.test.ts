import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/db/tables.js';
import type { ConversationNoteView } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A Tuesday at 11:00 in London: every hub is open.
const OPEN = new Date('2026-11-24T11:00:00Z');
const NOTE = 'Private: dad sounded worried about the landlord, check housing options';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe('private notes on a conversation', () => {
  it('are kept for staff who may open it, audited, and never reach the family', async () => {
    server = await startTestServer({ now: () => OPEN, seed: true });
    const family = await FamilyClient.start(server.url);
    await family.askForHelp({ postcode: 'BD8 7AA' });
    const [aisha, sam] = [await signIn(server.url, 'west'), await signIn(server.url, 'east')];
    const path = `/api/conversations/${family.conversationId}/notes`;
    const framesBefore = family.socket.frames.length;

    const added = await aisha.fetch(path, { method: 'POST', body: JSON.stringify({ text: NOTE }) });
    expect(added.status).toBe(201);
    const listed = (await (await aisha.fetch(path)).json()) as { notes: ConversationNoteView[] };
    expect(listed.notes).toEqual([expect.objectContaining({ text: NOTE, by: 'Aisha' })]);

    // Another hub can neither read nor add notes.
    expect((await sam.fetch(path)).status).toBe(403);
    expect((await sam.fetch(path, { method: 'POST', body: JSON.stringify({ text: 'x' }) })).status).toBe(403);
    for (const bad of [{}, { text: '   ' }, { text: 'x'.repeat(4001) }, { text: 'ok', extra: 1 }]) {
      expect((await aisha.fetch(path, { method: 'POST', body: JSON.stringify(bad) })).status, JSON.stringify(bad)).toBe(400);
    }

    // The family's socket carried nothing of the note, and a fresh resume shows nothing either.
    await family.say('Is anyone there?');
    expect(JSON.stringify(family.socket.frames.slice(framesBefore))).not.toContain('landlord');
    const resumed = await FamilyClient.start(server.url, 'en', { conversationId: family.conversationId, token: family.ready.token });
    expect(JSON.stringify(resumed.ready)).not.toContain('landlord');

    const audited = await server.ctx.db.select().from(auditLog).where(eq(auditLog.subjectId, family.conversationId));
    expect(audited.map((row) => row.action)).toEqual(expect.arrayContaining(['conversation.note.added', 'conversation.notes.read']));
    expect(JSON.stringify(audited)).not.toContain('landlord');
    await Promise.all([family.close(), resumed.close()]);
  });
});
