import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createAppContext, type AppContext } from '../../server/app-context.js';
import { createSession, type StaffRow } from '../../server/auth/index.js';
import { receiveFamilyInput, resumeConversation, type FamilyInput } from '../../server/conversations/index.js';
import { staff } from '../../server/db/tables.js';
import { answerConsent, requestConsent, type EventContext, type WebhookTarget } from '../../server/enquiries/index.js';
import { claimHandoff, openHandoffFor, requestCallback } from '../../server/handoff/index.js';
import { enquiryRoutes } from '../../server/http/enquiry-routes.js';
import { managerRoutes } from '../../server/http/manager-routes.js';
import { retentionRoutes } from '../../server/http/retention-routes.js';
import { respondToError } from '../../server/http/error-response.js';
import { scorecardRoutes } from '../../server/http/scorecard-routes.js';
import { createTestDatabase, testDatabaseKind } from '../support/postgres-test-database.js';

/**
 * A real app context on a temp SQLite file with a clock the test moves, four staff with live
 * sessions, and the enquiry and manager routes mounted as the app mounts them.
 */
export type Who = 'west' | 'south' | 'manager' | 'translator';

export interface Fixture {
  ctx: AppContext & EventContext;
  databasePath: string;
  databaseUrl?: string;
  clock: { now: Date; set(iso: string): void; advance(ms: number): void };
  staff: Record<Who, StaffRow>;
  request(who: Who | 'anonymous', method: string, path: string, body?: unknown, options?: { csrf?: boolean }): Promise<Response>;
  /** A family who went through the real intake flow and asked to talk; West staff has claimed them. */
  familyConversation(options?: { callback?: boolean }): Promise<string>;
  consent(conversationId: string, answer: 'yes' | 'no' | null): Promise<string>;
  close(): Promise<void>;
}

export async function makeFixture(options: { webhook?: WebhookTarget; start?: string } = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'front-door-enquiries-'));
  const clock = {
    now: new Date(options.start ?? '2026-03-02T10:00:00Z'),
    set(iso: string) {
      clock.now = new Date(iso);
    },
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const databasePath = join(dir, 'db.sqlite');
  const postgres = testDatabaseKind() === 'postgres' ? await createTestDatabase() : undefined;
  const ctx: AppContext & EventContext = {
    ...(await createAppContext({ databasePath, ...(postgres ? { databaseUrl: postgres.url } : {}), now: () => clock.now })),
    webhook: options.webhook,
  };
  const people = {
    west: await addStaff(ctx, 'west', 'staff', 'west'),
    south: await addStaff(ctx, 'south', 'staff', 'south'),
    manager: await addStaff(ctx, 'manager', 'manager', null),
    translator: await addStaff(ctx, 'translator', 'translator', null),
  };
  const app = new Hono().route('/', enquiryRoutes(ctx)).route('/', managerRoutes(ctx)).route('/', scorecardRoutes(ctx)).route('/', retentionRoutes(ctx)).onError(respondToError);
  let sent = 0;
  const cid = () => `client-${++sent}-abcdef`;

  return {
    ctx,
    databasePath,
    ...(postgres ? { databaseUrl: postgres.url } : {}),
    clock,
    staff: people,
    async request(who, method, path, body, { csrf = true } = {}) {
      const headers: Record<string, string> = {};
      if (who !== 'anonymous') {
        // A fresh session at the test clock's time: tests jump weeks ahead, sessions last hours.
        const session = await ctx.store.transaction((tx) => createSession(tx, people[who].id, clock.now));
        headers.cookie = `fd_session=${session.cookieValue}`;
        if (csrf) headers['x-csrf-token'] = session.csrfToken;
      }
      if (body !== undefined) headers['content-type'] = 'application/json';
      return await Promise.resolve(app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }));
    },
    async familyConversation({ callback = false } = {}) {
      const id = (await resumeConversation(ctx, { language: 'en' })).conversation.id;
      const inputs: FamilyInput[] = [
        { kind: 'answer', clientMessageId: cid(), nodeId: 'who', values: ['parent-carer'] },
        { kind: 'answer', clientMessageId: cid(), nodeId: 'ages', values: ['0-1', '5-11'] },
        { kind: 'answer', clientMessageId: cid(), nodeId: 'needs', values: ['housing', 'money-debt'] },
        { kind: 'text', clientMessageId: cid(), text: 'BD8 9NN' },
        { kind: 'answer', clientMessageId: cid(), nodeId: 'urgency', values: ['this-week'] },
        { kind: 'text', clientMessageId: cid(), text: 'We are behind on the rent and the baby is not sleeping.' },
        { kind: 'handoff-request', clientMessageId: cid() },
      ];
      for (const input of inputs) await receiveFamilyInput(ctx, id, input);
      if (callback) {
        await requestCallback(ctx, id, { clientMessageId: cid(), contactMethod: 'phone', contactValue: '07700 900123', preferredTime: 'after 3pm', permissionToContact: true });
        // Staff phoned back and the family is in a live chat again, where consent can be asked.
        await receiveFamilyInput(ctx, id, { kind: 'handoff-request', clientMessageId: cid() });
      }
      await claimHandoff({ ctx, actor: people.west, handoffId: (await openHandoffFor(ctx.db, id))!.id });
      return id;
    },
    async consent(conversationId, answer) {
      const consentId = await requestConsent({ ctx, actor: people.west, conversationId });
      if (answer) await answerConsent(ctx, conversationId, { clientMessageId: cid(), consentId, answer });
      return consentId;
    },
    async close() {
      await ctx.store.close();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function addStaff(ctx: AppContext, username: string, role: StaffRow['role'], locality: string | null): Promise<StaffRow> {
  const [row] = await ctx.store.transaction((tx) =>
    tx.insert(staff).values({ id: crypto.randomUUID(), username, displayName: username, passwordHash: 'not-used', role, locality, languages: ['en'] }).returning(),
  );
  return row!;
}
