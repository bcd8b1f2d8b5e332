import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { enquiries, staff } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../domain-errors.js';
import { TransitionBody } from '../protocol/enquiry-bodies.js';
import { assertCanSeeEnquiry } from './enquiry-access.js';
import { recordEnquiryEvent, type EventContext } from './enquiry-events.js';
import { findEnquiry, loadView } from './enquiry-record.js';
import { checkTransition, EVENT_FOR_STATUS } from './enquiry-workflow.js';
import { needFactsOf } from './need-facts.js';
import { parseInput } from './parse-input.js';
import { recordLevelChange } from './record-level-change.js';

/** Moves an enquiry on one step, recording who and when on the row, as an event and in the audit log. */
export async function transitionEnquiry({ ctx, actor, enquiryId, input }: { ctx: AppContext & EventContext; actor: StaffRow; enquiryId: string; input: unknown }) {
  const move = parseInput(TransitionBody, input);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const enquiry = await findEnquiry(tx, enquiryId);
    if (!enquiry) throw new NotFoundError('enquiry');
    assertCanSeeEnquiry(actor, enquiry);
    const to = checkTransition(enquiry.status, move, enquiry.withdrawnAt !== null, needFactsOf(enquiry));
    if (move.allocatedTo?.staffId && !firstRow(await tx.select({ id: staff.id }).from(staff).where(eq(staff.id, move.allocatedTo.staffId)).limit(1))) {
      throw new UnprocessableError('The lead practitioner is not a known member of staff.');
    }
    const at = now.toISOString();
    const stamp = to === 'triaged' ? { triagedAt: at, levelOfNeed: move.need!.level, nextStep: move.need!.nextStep } : to === 'allocated' ? { allocatedAt: at } : to === 'closed' ? { closedAt: at, outcome: move.outcome! } : {};
    // Conditional on the status we checked: two people moving it at once cannot both succeed.
    const changed = await tx
      .update(enquiries)
      .set({ status: to, ...stamp })
      .where(and(eq(enquiries.id, enquiryId), eq(enquiries.status, enquiry.status)))
      .returning({ id: enquiries.id });
    if (changed.length !== 1) throw new ConflictError('Someone else changed this enquiry just now. Reload it and try again.');
    const detail = {
      ...(move.note ? { note: move.note } : {}),
      ...(move.outcome ? { outcome: move.outcome } : {}),
      ...(move.allocatedTo ? { allocatedTo: move.allocatedTo } : {}),
      ...(move.need ? { need: move.need } : {}),
    };
    if (move.need) await recordLevelChange(tx, { enquiryId, from: null, need: move.need, reason: move.note, by: actor.id, at });
    await recordEnquiryEvent({ db: tx, webhook: ctx.webhook }, { enquiryId, type: EVENT_FOR_STATUS[to], by: actor.id, at: now, fromStatus: enquiry.status, toStatus: to, detail });
    await recordAudit(tx, actor, 'enquiry.transitioned', { type: 'enquiry', id: enquiryId }, now, { from: enquiry.status, to });
    return loadView(tx, (await findEnquiry(tx, enquiryId))!);
  });
}
