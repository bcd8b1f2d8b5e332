import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries } from '../../server/db/tables.js';
import { ENQUIRY_EVENT_TYPES, type EnquiryEventType } from '../../server/enquiries/enquiry-events.js';
import { withdrawConsent } from '../../server/enquiries/index.js';
import { createApp } from '../../server/http/create-app.js';
import { webhookPayload } from '../../server/openapi/webhook-events.js';
import { makeFixture } from './enquiries-fixture.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

type Json = Record<string, unknown>;
let server: TestServer;
let doc: Json;

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/openapi.json`);
  expect(response.status).toBe(200);
  doc = (await response.json()) as Json;
});
afterAll(() => server?.dispose());

/** Every { $ref } anywhere in the document, with where it was found. */
function refs(node: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refs(item, `${at}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '$ref' && typeof value === 'string' ? [{ ref: value, at }] : refs(value, `${at}/${key}`)));
}

function resolve(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Json)[part] : undefined), doc);
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document: info, paths of operations with responses, every $ref resolving', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const paths = doc.paths as Record<string, Record<string, Json>>;
    expect(Object.keys(paths).length).toBeGreaterThan(10);
    for (const [path, item] of Object.entries(paths)) {
      expect(path).toMatch(/^\/api\//);
      for (const [method, op] of Object.entries(item)) {
        expect(['get', 'post', 'put', 'patch', 'delete']).toContain(method);
        expect(Object.keys(op.responses as Json).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const param of path.match(/\{\w+\}/g) ?? []) {
          expect((op.parameters as Json[]).some((p) => p.in === 'path' && `{${String(p.name)}}` === param), `${method} ${path} ${param}`).toBe(true);
        }
      }
    }
    const found = refs(doc);
    expect(found.length).toBeGreaterThan(10);
    for (const { ref, at } of found) expect(resolve(ref), `${ref} at ${at}`).toBeTruthy();
  });

  it('describes request bodies from the zod protocol', async () => {
    const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
    expect(schemas.LoginBody).toMatchObject({ type: 'object', required: ['username', 'password'] });
    expect(schemas.TransitionBody).toMatchObject({ properties: { to: { enum: ['new', 'triaged', 'advice-given', 'allocated', 'closed'] } } });
  });

  it('describes the seven enquiry webhook events and the erasure notice', async () => {
    const webhooks = doc.webhooks as Record<string, { post: Json }>;
    expect(Object.keys(webhooks).sort()).toEqual([...ENQUIRY_EVENT_TYPES, 'enquiry.erased'].sort());
    expect(ENQUIRY_EVENT_TYPES).toHaveLength(7);
    for (const hook of Object.values(webhooks)) expect(resolve((hook.post as { requestBody: { content: { 'application/json': { schema: { $ref: string } } } } }).requestBody.content['application/json'].schema.$ref)).toBeTruthy();
  });

  it('describes every /api route the app mounts, and nothing it does not', async () => {
    const app = createApp(server.ctx);
    const mounted = new Set(
      app.routes
        .filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL')
        .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const described = new Set(Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)));
    expect(mounted.size).toBeGreaterThan(10);
    expect([...mounted].filter((route) => !described.has(route))).toEqual([]);
    expect([...described].filter((route) => !mounted.has(route))).toEqual([]);
  });
});

describe('the documented webhook payloads', () => {
  it('match what the server really queues for all seven events', async () => {
    // Delivery is never attempted here: the payloads are read from the queue.
    const f = await makeFixture({ webhook: { url: 'http://127.0.0.1:9/hooks', secret: `whsec_${randomBytes(24).toString('base64')}` } });
    try {
      const open = async () => {
        const conversationId = await f.familyConversation();
        const consentId = await f.consent(conversationId, 'yes');
        const { enquiry } = (await (await f.request('west', 'POST', '/api/enquiries', { conversationId })).json()) as { enquiry: { id: string } };
        return { id: enquiry.id, conversationId, consentId };
      };
      const move = (id: string, body: object) => f.request('west', 'POST', `/api/enquiries/${id}/transition`, body);
      const first = await open();
      await move(first.id, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
      await f.request('west', 'POST', `/api/enquiries/${first.id}/level`, { need: { level: 'getting-advice', nextStep: 'advice-and-signposting' }, reason: 'Needs met by the leaflet.' });
      await move(first.id, { to: 'advice-given' });
      await move(first.id, { to: 'closed', outcome: 'needs-met-by-advice' });
      const second = await open();
      await move(second.id, { to: 'triaged', need: { level: 'getting-help', nextStep: 'family-hub-support' } });
      await move(second.id, { to: 'allocated', allocatedTo: { kind: 'service', name: 'Parenting team' } });
      await withdrawConsent(f.ctx, { conversationId: second.conversationId, consentId: second.consentId, by: 'family', clientMessageId: 'client-withdraw-openapi' });

      const queued = (await f.ctx.db.select().from(webhookDeliveries));
      expect(new Set(queued.map((d) => d.eventType))).toEqual(new Set(ENQUIRY_EVENT_TYPES));
      for (const delivery of queued) {
        const result = webhookPayload(delivery.eventType as EnquiryEventType).safeParse(JSON.parse(delivery.payload));
        expect(result.success, `${delivery.eventType}: ${result.error?.message}`).toBe(true);
      }
    } finally {
      await f.close();
    }
  });
});
