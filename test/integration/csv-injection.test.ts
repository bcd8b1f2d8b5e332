import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../server/audit/index.js';
import { createSession } from '../../server/auth/index.js';
import { callbacks, enquiries } from '../../server/db/tables.js';
import { callbackRoutes } from '../../server/http/callback-routes.js';
import { parseCsv } from '../../server/i18n/toolkit/parse-csv.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

/** Every way a cell can start a spreadsheet formula, as attackers write them. */
const HOSTILE = ['=HYPERLINK("http://evil.example","Open")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\uFF1D1+1', '\uFF0B1', '\uFF201'];
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\u2212]|^[\t\r\n]/;

let f: Fixture;
let app: Hono;
let conversationId: string;

async function download(who: 'manager' | 'west', path: string): Promise<{ bytes: Uint8Array; rows: string[][] }> {
  const session = await createSession(f.ctx.db, f.staff[who].id, f.clock.now);
  const response = await app.request(path, { headers: { cookie: `fd_session=${session.cookieValue}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return { bytes, rows: parseCsv(text).filter((row) => row.some((cell) => cell !== '')) };
}

function expectEveryCellGuarded(rows: string[][]): void {
  const unguarded = rows.flatMap((row, r) => row.map((cell, c) => ({ r, c, cell }))).filter(({ cell }) => FORMULA_START.test(cell));
  expect(unguarded).toEqual([]);
}

beforeAll(async () => {
  f = await makeFixture({ start: '2026-04-14T09:00:00Z' });
  app = new Hono().route('/', callbackRoutes(f.ctx)).route('/', (await import('../../server/http/manager-routes.js')).managerRoutes(f.ctx)).route('/', (await import('../../server/http/enquiry-routes.js')).enquiryRoutes(f.ctx));
  conversationId = await f.familyConversation({ callback: true });
  // The family's own callback contact, as the audit found it reaching the export.
  await f.ctx.db.update(callbacks).set({ contactValue: HOSTILE[0]!, preferredTime: HOSTILE[1]! }).where(eq(callbacks.conversationId, conversationId));
  await f.consent(conversationId, 'yes');
  const created = await f.request('west', 'POST', '/api/enquiries', { conversationId, staffNotes: HOSTILE[2], otherNeeds: HOSTILE[3], familyMembers: [{ relationship: HOSTILE[4]!.trim() || 'x', name: HOSTILE[5] }] });
  expect(created.status).toBe(201);
  // Values stored before validation existed (or by any future bug): every field of the record hostile.
  const row = (await f.ctx.db.select().from(enquiries))[0]!;
  let i = 0;
  const next = () => HOSTILE[i++ % HOSTILE.length]!;
  // Free-text fields trim, so their hostile values start with the formula character itself.
  const text = () => next().trim() || '=1';
  const hostileDetails = {
    ...(row.details as Record<string, unknown>),
    familyMembers: [{ relationship: text(), name: text() }],
    otherNeeds: text(),
    familyOwnWords: text(),
    staffNotes: text(),
    contact: { method: 'phone', value: HOSTILE[0], preferredTime: text(), safeToLeaveMessage: true },
    language: '=1+2',
    interpreterNeeded: true,
    interpreterLanguage: '@cmd',
  };
  await f.ctx.db
    .update(enquiries)
    .set({ details: hostileDetails, reference: next(), status: next() as 'new', outcome: next(), contactAt: next(), triagedAt: next(), allocatedAt: next(), closedAt: next() })
    .where(eq(enquiries.id, row.id));
  await recordAudit(f.ctx.db, { id: HOSTILE[6]!, role: HOSTILE[7]! }, HOSTILE[8]!, { type: HOSTILE[9]!, id: HOSTILE[0]! }, f.clock.now, { username: HOSTILE[1] });
});
afterAll(() => f.close());

describe('CSV exports are safe to open in a spreadsheet', () => {
  it('enquiries: every column of every row is guarded, incl. contact_value, language and interpreter_language', async () => {
    const { bytes, rows } = await download('manager', '/api/enquiries/export?from=2026-04-01&to=2026-04-30&format=csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, record] = rows;
    expect(record).toHaveLength(header!.length);
    const cell = (name: string) => record![header!.indexOf(name)];
    expect(cell('contact_value')).toBe(`'${HOSTILE[0]}`);
    expect(cell('language')).toBe("'=1+2");
    expect(cell('interpreter_language')).toBe("'@cmd");
    expectEveryCellGuarded(rows);
  });

  it('callbacks: the family\'s "=HYPERLINK(...)" contact arrives as text', async () => {
    const { bytes, rows } = await download('west', '/api/callbacks?format=csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, record] = rows;
    expect(record![header!.indexOf('contact_value')]).toBe(`'${HOSTILE[0]}`);
    expectEveryCellGuarded(rows);
  });

  it('audit log: every column, including what an attacker typed as a username', async () => {
    const { rows } = await download('manager', '/api/manager/audit?format=csv');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.some((row) => row.includes(`'${HOSTILE[0]}`))).toBe(true);
    expectEveryCellGuarded(rows);
  });
});
