import { and, gte, lt } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { enquiries } from '../db/tables.js';
import { ForbiddenError } from '../domain-errors.js';
import { DateRangeQuery } from '../protocol/enquiry-bodies.js';
import { localDayRange } from './local-day-range.js';
import { parseInput } from './parse-input.js';
import { processMeasures, type ProcessMeasures } from './process-measures.js';

/** The scorecard's process measures for families first in contact between two dates (inclusive). */
export async function enquiryMeasures({
  ctx,
  actor,
  input,
}: {
  ctx: AppContext;
  actor: StaffRow;
  input: unknown;
}): Promise<{ from: string; to: string } & ProcessMeasures> {
  if (actor.role !== 'manager') throw new ForbiddenError('Only managers see the process measures.');
  const range = parseInput(DateRangeQuery, input);
  const { start, end } = localDayRange(range, ctx.hubs.timezone);
  return ctx.store.transaction(async (tx) => {
    const rows = await tx
      .select({ contactAt: enquiries.contactAt, createdAt: enquiries.createdAt, triagedAt: enquiries.triagedAt, allocatedAt: enquiries.allocatedAt })
      .from(enquiries)
      .where(and(gte(enquiries.contactAt, start), lt(enquiries.contactAt, end)));
    await recordAudit(tx, actor, 'measures.viewed', { type: 'enquiries', id: `${range.from}..${range.to}` }, ctx.now(), { count: rows.length });
    return { from: range.from, to: range.to, ...processMeasures(rows, ctx.hubs) };
  });
}
