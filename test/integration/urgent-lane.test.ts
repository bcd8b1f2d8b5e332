import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, handoffs, safeguardingAlerts, safeguardingTriggers, webhookDeliveries } from '../../server/db/tables.js';
import { createWebhookDispatcher } from '../../server/enquiries/index.js';
import type { AcknowledgedAlert, SafeguardingReport, UrgentAlert } from '../../server/protocol/index.js';
import { FamilyClient } from '../support/family-client.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { TestSocket } from '../support/test-socket.js';

/** Many real steps (sign-ins, sockets, Chromium); generous on a loaded CI machine. Not a timing assertion. */
const SLOW_MACHINE_MS = 180_000;

const DANGER = 'my husband hits me and I am scared of him';

type Snapshot = { type: 'urgent.snapshot'; alerts: UrgentAlert[] };

/** The urgent lane a member of staff gets on signing in (a fresh sign-in and socket). */
async function laneOnSignIn(server: TestServer, username: string): Promise<{ alerts: UrgentAlert[]; socket: TestSocket }> {
  const socket = await (await signIn(server.url, username)).socket();
  const snapshot = await socket.waitFor<Snapshot>((f) => f.type === 'urgent.snapshot');
  return { alerts: snapshot.alerts, socket };
}

/** A family who gives a postcode (so a hub) and never asks to talk to anyone. */
async function familyIn(server: TestServer, postcode: string | null): Promise<FamilyClient> {
  const family = await FamilyClient.start(server.url);
  await family.answer('who', ['parent-carer']);
  await family.answer('ages', ['5-11']);
  await family.answer('needs', ['behaviour-parenting']);
  await (postcode ? family.say(postcode) : family.answer('postcode', []));
  return family;
}

describe('urgent lane: a flagged family is never invisible', () => {
  let now = new Date('2026-11-24T11:00:00Z'); // Tuesday, hubs open
  let server: TestServer;
  const open: { close(): Promise<void> }[] = [];
  beforeAll(async () => {
    server = await startTestServer({ now: () => now, seed: true });
  });
  afterAll(async () => {
    for (const item of open) await item.close().catch(() => {});
    await server.dispose();
  });

  it(
    'shows to staff who sign in later, scoped by hub, and leaves only on acknowledgement',
    async () => {
      const family = await familyIn(server, 'BD5 1AA');
      open.push(family);
      const ack = await family.say(DANGER);
      expect(ack.type).toBe('message.acked');
      const conversationId = family.conversationId;
      expect(await server.ctx.db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId))).toEqual([]);

      // South signs in afterwards: the alert is in the snapshot with the family's words and the span.
      now = new Date(now.getTime() + 30_000);
      const south = await laneOnSignIn(server, 'south');
      open.push(south.socket);
      const alert = south.alerts.find((a) => a.conversationId === conversationId);
      expect(alert).toMatchObject({ locality: 'south', severity: 'domestic-abuse', source: 'words', handoffRequested: false, triggerCount: 1 });
      expect(alert!.words!.text).toBe(DANGER);
      const trigger = (await server.ctx.db.select().from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, conversationId)))[0]!;
      expect(DANGER.slice(alert!.words!.start, alert!.words!.end)).toBe(trigger.matchedText);

      // Another hub does not see it; a manager does; a translator may not ask.
      const west = await laneOnSignIn(server, 'west');
      open.push(west.socket);
      expect(west.alerts.some((a) => a.conversationId === conversationId)).toBe(false);
      const manager = await laneOnSignIn(server, 'manager');
      open.push(manager.socket);
      expect(manager.alerts.some((a) => a.conversationId === conversationId)).toBe(true);
      const translator = await signIn(server.url, 'translator');
      expect((await translator.fetch('/api/urgent-alerts')).status).toBe(403);

      // A second danger message updates the same alert (no duplicate) and reaches South live.
      const since = south.socket.frames.length;
      await family.say('he hits me every night');
      const raised = await south.socket.waitFor<{ type: string; alert: UrgentAlert }>((f) => f.type === 'urgent.raised', { since });
      expect(raised.alert).toMatchObject({ id: alert!.id, triggerCount: 2 });
      expect(await server.ctx.db.select().from(safeguardingAlerts).where(eq(safeguardingAlerts.conversationId, conversationId))).toHaveLength(1);

      // Staff can open the conversation from the lane although the family never asked for anyone.
      const detail = await south.socket.request<{
        type: string;
        detail: { alertId?: string; safeguarding: { messageId?: string | null; start?: number | null }[] };
      }>({ type: 'conversation.open', conversationId }, (f) => f.type === 'conversation.detail');
      expect(detail.detail.alertId).toBe(alert!.id);
      expect(detail.detail.safeguarding.some((s) => s.messageId === ack.messageId && typeof s.start === 'number')).toBe(true);

      // West may not acknowledge South's alert; a false alarm needs a reason; nothing left the lane.
      const southClient = await signIn(server.url, 'south');
      const westClient = await signIn(server.url, 'west');
      const path = `/api/urgent-alerts/${alert!.id}/acknowledge`;
      expect((await westClient.fetch(path, { method: 'POST', body: JSON.stringify({ action: 'spoke-to-family' }) })).status).toBe(403);
      expect((await southClient.fetch(path, { method: 'POST', body: JSON.stringify({ action: 'false-alarm' }) })).status).toBe(400);
      expect((await southClient.fetch(path, { method: 'POST', body: JSON.stringify({ action: 'sent-a-letter' }) })).status).toBe(400);
      const still = (await (await southClient.fetch('/api/urgent-alerts')).json()) as { alerts: UrgentAlert[] };
      expect(still.alerts.map((a) => a.id)).toContain(alert!.id);

      // Acknowledged: it leaves every lane at once, and for people who sign in afterwards.
      now = new Date(now.getTime() + 15_000);
      const managerSince = manager.socket.frames.length;
      const done = await southClient.fetch(path, {
        method: 'POST',
        body: JSON.stringify({ action: 'spoke-to-family', reason: 'Called her back, safe at her sister’s' }),
      });
      expect(done.status).toBe(200);
      const frame = await manager.socket.waitFor<{ type: string; acknowledged: AcknowledgedAlert }>((f) => f.type === 'urgent.acknowledged', {
        since: managerSince,
      });
      expect(frame.acknowledged).toMatchObject({ alertId: alert!.id, action: 'spoke-to-family', byName: 'Tom' });
      expect((await laneOnSignIn(server, 'manager').then(async (lane) => (open.push(lane.socket), lane.alerts))).some((a) => a.id === alert!.id)).toBe(false);
      expect((await southClient.fetch(path, { method: 'POST', body: JSON.stringify({ action: 'called-999' }) })).status).toBe(409);

      // Audited with what was done and how long after the trigger.
      const audit = await server.ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'safeguarding.alert.acknowledged'), eq(auditLog.subjectId, alert!.id)));
      expect(audit).toHaveLength(1);
      expect(audit[0]!.detail).toMatchObject({ conversationId, action: 'spoke-to-family', secondsToAcknowledge: 45 });

      // In the report: one row per family message, with the acknowledgement and the median.
      const jo = await signIn(server.url, 'manager');
      const report = (await (await jo.fetch('/api/manager/safeguarding-report?from=2026-11-24&to=2026-11-24')).json()) as SafeguardingReport;
      const rows = report.triggers.filter((row) => row.conversationId === conversationId);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ opensAlert: true, acknowledgedBy: 'Tom', action: 'spoke-to-family', secondsToAcknowledge: 45, source: 'words' });
      expect(rows[0]!.words!.text).toBe(DANGER);
      expect(rows[1]).toMatchObject({ opensAlert: false, acknowledgedBy: 'Tom', secondsToAcknowledge: null });
      expect(report.medianSecondsToAcknowledge).toBe(45);
    },
    SLOW_MACHINE_MS,
  );

  it(
    'the "danger now" choice of a family with no known hub raises an alert every hub can see',
    async () => {
      const family = await familyIn(server, null);
      open.push(family);
      expect((await family.answer('urgency', ['danger-now'])).type).toBe('message.acked');
      for (const username of ['west', 'east', 'manager']) {
        const lane = await laneOnSignIn(server, username);
        open.push(lane.socket);
        const alert = lane.alerts.find((a) => a.conversationId === family.conversationId);
        expect(alert, username).toMatchObject({ locality: 'shared', severity: 'immediate-danger', source: 'choice', words: null });
      }
    },
    SLOW_MACHINE_MS,
  );
});

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe('urgent lane out of hours', () => {
  // Saturday 22:00 in London: every hub and the Children's Social Care front door are closed.
  const now = new Date('2026-11-28T22:00:00Z');
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const received: Received[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/edt`;
    server = await startTestServer({ now: () => now, seed: true, safeguardingWebhook: { url, secret, consoleUrl: 'https://front-door.example' } });
  });
  afterAll(async () => {
    await server.dispose();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it(
    'sends a signed, minimal safeguarding.alert_raised webhook without the family’s words',
    async () => {
      const family = await familyIn(server, 'BD5 1AA');
      await family.say(DANGER);
      await family.close();
      const rows = await server.ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.eventType, 'safeguarding.alert_raised'));
      expect(rows).toHaveLength(1);

      // The enquiry target never picks up safeguarding events; the safeguarding one does.
      const enquiryDispatcher = createWebhookDispatcher({ store: server.ctx.store, url, secret, now: () => now, eventTypePrefix: 'enquiry.' });
      expect(await enquiryDispatcher.deliverDue()).toBe(0);
      const dispatcher = createWebhookDispatcher({ store: server.ctx.store, url, secret, now: () => now, eventTypePrefix: 'safeguarding.' });
      await dispatcher.deliverDue();
      expect(received.length).toBeGreaterThanOrEqual(1);
      const delivered = received.find((r) => r.headers['webhook-id'] === rows[0]!.id)!;
      const expected = createHmac('sha256', Buffer.from(secret.split('_')[1]!, 'base64'))
        .update(`${delivered.headers['webhook-id'] as string}.${delivered.headers['webhook-timestamp'] as string}.${delivered.body}`)
        .digest('base64');
      expect((delivered.headers['webhook-signature'] as string).split(' ')).toContain(`v1,${expected}`);
      const body = JSON.parse(delivered.body) as { type: string; data: Record<string, unknown> };
      expect(body.type).toBe('safeguarding.alert_raised');
      expect(body.data).toMatchObject({
        conversationId: family.conversationId,
        card: 'domestic-abuse',
        locality: 'south',
        raisedAt: now.toISOString(),
        consoleLink: `https://front-door.example/console#/conversations/${family.conversationId}`,
      });
      expect(delivered.body).not.toMatch(/husband|hits|scared/i);
      expect((await server.ctx.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, rows[0]!.id)))[0]!.status).toBe('delivered');
    },
    SLOW_MACHINE_MS,
  );
});
