import { and, asc, gte, lt } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { enquiries } from '../db/tables.js';
import { ForbiddenError } from '../domain-errors.js';
import { ExportQuery } from '../protocol/enquiry-bodies.js';
import { eventsOf } from './enquiry-record.js';
import { CSV_HEADER, toCsvCells, toExportRecord } from './export-record.js';
import { localDayRange } from './local-day-range.js';
import { parseInput } from './parse-input.js';
import { csvFile } from '../exports/index.js';

export interface EnquiryExport {
  contentType: string;
  filename: string;
  body: string;
  count: number;
}

/**
 * Enquiries opened between two dates (inclusive, hubs' time zone) for import into the case system,
 * as JSON or CSV. Managers only; the export and how many records it held go in the audit log.
 */
export async function exportEnquiries({ ctx, actor, input }: { ctx: AppContext; actor: StaffRow; input: unknown }): Promise<EnquiryExport> {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers export enquiries.');
  const query = parseInput(ExportQuery, input);
  const { start, end } = localDayRange(query, ctx.hubs.timezone);
  return ctx.store.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(enquiries)
      .where(and(gte(enquiries.createdAt, start), lt(enquiries.createdAt, end)))
      .orderBy(asc(enquiries.createdAt));
    const records = [];
    for (const row of rows) records.push(toExportRecord(row, await eventsOf(tx, row.id)));
    const withdrawn = records.filter((r) => r.withdrawn).length;
    await recordAudit(tx, actor, 'enquiries.exported', { type: 'enquiries', id: `${query.from}..${query.to}` }, ctx.now(), {
      format: query.format,
      count: records.length,
      withdrawn,
    });
    const filename = `enquiries-${query.from}-to-${query.to}.${query.format}`;
    if (query.format === 'csv') {
      return { ...csvFile(filename, CSV_HEADER, records.map(toCsvCells)), count: records.length };
    }
    const body = JSON.stringify({ from: query.from, to: query.to, count: records.length, enquiries: records });
    return { contentType: 'application/json; charset=utf-8', filename, body, count: records.length };
  });
}
