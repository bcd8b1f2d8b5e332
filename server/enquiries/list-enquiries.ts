import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { enquiries } from '../db/tables.js';
import type { EnquiryStatus, EnquirySummaryView } from '../protocol/enquiry-bodies.js';
import { visibleEnquiries } from './enquiry-access.js';
import { toSummaryView } from './enquiry-record.js';

const LIST_LIMIT = 500;

/** The enquiries a member of staff works (their hub's; managers all), newest first. Audited with the count. */
export async function listEnquiries({
  ctx,
  actor,
  status,
}: {
  ctx: AppContext;
  actor: StaffRow;
  status?: EnquiryStatus | undefined;
}): Promise<EnquirySummaryView[]> {
  return ctx.store.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(enquiries)
      .where(and(visibleEnquiries(actor), status ? eq(enquiries.status, status) : undefined))
      .orderBy(desc(enquiries.createdAt))
      .limit(LIST_LIMIT);
    await recordAudit(tx, actor, 'enquiries.listed', { type: 'enquiries', id: status ?? 'all' }, ctx.now(), { count: rows.length });
    return rows.map(toSummaryView);
  });
}
