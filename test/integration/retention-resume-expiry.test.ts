import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/audit/index.js';
import { receiveFamilyInput, resumeConversation } from '../../server/conversations/index.js';
import { handoffs } from '../../server/db/tables.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

const DAY = 86_400_000;

describe('resume tokens: they expire, and staff can end a family’s access', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await makeFixture();
  });
  afterEach(() => f.close());

  async function start(): Promise<{ conversationId: string; token: string }> {
    const started = await resumeConversation(f.ctx, { language: 'en' });
    return { conversationId: started.conversation.id, token: started.token! };
  }
  const resume = (held: { conversationId: string; token: string }) => resumeConversation(f.ctx, { ...held, language: 'en' });

  it('resumes until the policy’s days have passed since the conversation was last in use, then starts afresh', async () => {
    const held = await start();
    f.clock.advance(f.ctx.retention.resumeTokens * DAY - 60_000);
    expect(await resume(held)).toMatchObject({ created: false, conversation: { id: held.conversationId } });
    // The family writes: the period counts again from now.
    await receiveFamilyInput(f.ctx, held.conversationId, { kind: 'handoff-request', clientMessageId: 'client-expiry-1' });
    f.clock.advance(f.ctx.retention.resumeTokens * DAY - 60_000);
    expect((await resume(held)).created).toBe(false);
    f.clock.advance(2 * 60_000);
    const after = await resume(held);
    expect(after.created).toBe(true);
    expect(after.conversation.id).not.toBe(held.conversationId);
  });

  it('ends access when the family’s hub asks, audited; staff of another hub cannot', async () => {
    const held = await start();
    await receiveFamilyInput(f.ctx, held.conversationId, { kind: 'handoff-request', clientMessageId: 'client-end-1' });
    expect((await f.request('translator', 'POST', `/api/conversations/${held.conversationId}/end-access`)).status).toBe(403);
    expect((await resume(held)).created).toBe(false);

    const [handoff] = await f.ctx.db.select().from(handoffs);
    const queue = handoff!.locality;
    const staff = queue === 'south' ? 'south' : 'west';
    expect((await f.request(staff, 'POST', `/api/conversations/${held.conversationId}/end-access`)).status).toBe(204);
    const after = await resume(held);
    expect(after.created).toBe(true);
    const audit = await listAudit(f.ctx.db, { subjectType: 'conversation', subjectId: held.conversationId });
    expect(audit.map((a) => a.action)).toContain('family.access.ended');
  });
});
