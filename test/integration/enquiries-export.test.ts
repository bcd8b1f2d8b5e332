import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../server/audit/index.js';
import { withdrawConsent } from '../../server/enquiries/index.js';
import type { EnquiryView } from '../../server/protocol/enquiry-bodies.js';
import { makeFixture, type Fixture } from './enquiries-fixture.js';

/** A reader written from RFC 4180 itself, so the test does not trust the writer it checks. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += ch;
  }
  return records;
}

describe('export to the case system', () => {
  let f: Fixture;
  const opened: Record<string, EnquiryView> = {};

  async function openAt(name: string, iso: string, corrections: Record<string, unknown> = {}) {
    f.clock.set(iso);
    const conversationId = await f.familyConversation();
    const consentId = await f.consent(conversationId, 'yes');
    const response = await f.request('west', 'POST', '/api/enquiries', { conversationId, ...corrections });
    opened[name] = ((await response.json()) as { enquiry: EnquiryView }).enquiry;
    return { conversationId, consentId };
  }

  beforeEach(async () => {
    f = await makeFixture();
    // 00:30 on 1 April in Bradford (BST) is still 31 March in UTC: it belongs to April.
    await openAt('first', '2026-03-31T23:30:00Z');
    await openAt('quoted', '2026-04-15T09:00:00Z', { staffNotes: '=HYPERLINK("http://x"), said "urgent"\nsecond line' });
    const withdrawn = await openAt('withdrawn', '2026-04-20T09:00:00Z');
    await withdrawConsent(f.ctx, { ...withdrawn, by: 'family', clientMessageId: 'client-withdraw-1' });
    await openAt('may', '2026-04-30T23:30:00Z');
    await openAt('march', '2026-03-31T22:30:00Z');
  });
  afterEach(() => f.close());

  const exportAs = (format: string, who: 'manager' | 'west' | 'anonymous' = 'manager', range = 'from=2026-04-01&to=2026-04-30') =>
    f.request(who, 'GET', `/api/enquiries/export?${range}&format=${format}`);

  it('exports JSON of enquiries opened in the range, withdrawn ones stripped to ids and dates', async () => {
    const response = await exportAs('json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="enquiries-2026-04-01-to-2026-04-30.json"');
    const body = (await response.json()) as { count: number; enquiries: Record<string, unknown>[] };
    expect(body.count).toBe(3);
    expect(body.enquiries.map((e) => e.reference)).toEqual([opened.first!.reference, opened.quoted!.reference, opened.withdrawn!.reference]);
    expect(body.enquiries[0]).toMatchObject({ withdrawn: false, status: 'new', details: { needs: ['money-debt', 'housing'], postcodeDistrict: 'BD8' } });
    const withdrawn = body.enquiries[2]!;
    expect(withdrawn).toMatchObject({ withdrawn: true, reference: opened.withdrawn!.reference });
    expect(Object.keys(withdrawn)).not.toEqual(expect.arrayContaining(['details']));
    expect(JSON.stringify(withdrawn)).not.toMatch(/rent|housing|BD8/);
  });

  it('exports RFC 4180 CSV with a header row', async () => {
    const response = await exportAs('csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await response.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = readCsv(text);
    expect(header!.slice(0, 4)).toEqual(['id', 'reference', 'status', 'withdrawn']);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    const column = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(column(rows[0]!, 'needs')).toBe('money-debt; housing');
    expect(column(rows[0]!, 'child_age_bands')).toBe('0-1; 5-11');
    expect(column(rows[0]!, 'family_own_words')).toBe('We are behind on the rent and the baby is not sleeping.');
    expect(column(rows[1]!, 'staff_notes')).toBe('\'=HYPERLINK("http://x"), said "urgent"\nsecond line');
    expect(column(rows[2]!, 'withdrawn')).toBe('true');
    expect(rows[2]!.slice(header!.indexOf('outcome')).every((cell) => cell === '')).toBe(true);
  });

  it('audits each export with its count', async () => {
    await exportAs('csv');
    const [entry] = (await listAudit(f.ctx.db, { subjectType: 'enquiries' })).filter((a) => a.action === 'enquiries.exported');
    expect(entry).toMatchObject({ actorId: f.staff.manager.id, subjectId: '2026-04-01..2026-04-30', detail: { format: 'csv', count: 3, withdrawn: 1 } });
  });

  it('is for managers only, and checks the range', async () => {
    expect((await exportAs('csv', 'west')).status).toBe(403);
    expect((await exportAs('csv', 'anonymous')).status).toBe(401);
    expect((await exportAs('xml')).status).toBe(400);
    expect((await exportAs('json', 'manager', 'from=2026-04-30&to=2026-04-01')).status).toBe(400);
    expect((await exportAs('json', 'manager', 'from=April')).status).toBe(400);
  });
});
