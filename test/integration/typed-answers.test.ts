import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { conversations } from '../../server/db/tables.js';
import type { Message } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const promptAt = (family: FamilyClient, nodeId: string) =>
  family.socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).content.kind === 'prompt' && (f.message as { content: { nodeId: string } }).content.nodeId === nodeId);

describe('typed words at a button question', () => {
  it('answers the one option they name, in the family’s language', async () => {
    server = await startTestServer();
    const family = await FamilyClient.start(server.url, 'pl');
    expect(family.messages().at(-1)?.content).toMatchObject({ kind: 'prompt', nodeId: 'who' });
    expect((await family.say('rodzic lub opiekun')).type).toBe('message.acked');
    await promptAt(family, 'ages');
    const [row] = await server.ctx.db.select().from(conversations).where(eq(conversations.id, family.conversationId));
    expect(row?.flowState).toMatchObject({ answers: { who: ['parent-carer'] } });
    await family.close();
  });

  it('never meets other words with silence: it says why and shows the buttons again', async () => {
    server = await startTestServer();
    const family = await FamilyClient.start(server.url);
    expect(family.messages().at(-1)?.content).toMatchObject({ kind: 'prompt', nodeId: 'who' });
    const since = family.socket.frames.length;
    await family.say('I am not sure');
    await family.socket.waitFor((f) => f.type === 'message.created' && (f.message as Message).content.kind === 'prompt', { since });
    const replies = family.socket.frames.slice(since).flatMap((f) => (f.type === 'message.created' ? [(f.message as Message).content] : []));
    expect(replies.map((c) => c.kind)).toEqual(['text', 'localised', 'prompt']);
    expect(replies[1]).toEqual({ kind: 'localised', text: { key: 'flows:engine.chooseFromOptions' } });
    expect(replies[2]).toMatchObject({ nodeId: 'who', input: 'choice' });
    await family.close();
  });
});
