import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import { recordAudit } from '../audit/index.js';
import type { StaffRow } from '../auth/index.js';
import { enquiries } from '../db/tables.js';
import { ConflictError, NotFoundError } from '../domain-errors.js';
import { ChangeLevelBody } from '../protocol/enquiry-bodies.js';
import { assertCanSeeEnquiry } from './enquiry-access.js';
import { recordEnquiryEvent, type EventContext } from './enquiry-events.js';
import { findEnquiry, loadView } from './enquiry-record.js';
import { checkLevelChange } from './level-of-need-rules.js';
import { needFactsOf } from './need-facts.js';
import { parseInput } from './parse-input.js';
import { recordLevelChange } from './record-level-change.js';

/**
 * Steps an enquiry up or down the Continuum of Need after triage, recording who, when and why in
 * the level history, as an event (and webhook) and in the audit log.
 */
export async function changeLevelOfNeed({ ctx, actor, enquiryId, input }: { ctx: AppContext & EventContext; actor: StaffRow; enquiryId: string; input: unknown }) {
  const { need, reason } = parseInput(ChangeLevelBody, input);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const enquiry = await findEnquiry(tx, enquiryId);
    if (!enquiry) throw new NotFoundError('enquiry');
    assertCanSeeEnquiry(actor, enquiry);
    checkLevelChange(enquiry.status, enquiry.withdrawnAt !== null, need, reason, needFactsOf(enquiry));
    const at = now.toISOString();
    // Conditional on the level we checked: two people stepping it at once cannot both succeed.
    const changed = await tx
      .update(enquiries)
      .set({ levelOfNeed: need.level, nextStep: need.nextStep })
      .where(and(eq(enquiries.id, enquiryId), eq(enquiries.status, enquiry.status), enquiry.levelOfNeed === null ? isNull(enquiries.levelOfNeed) : eq(enquiries.levelOfNeed, enquiry.levelOfNeed)))
      .returning({ id: enquiries.id });
    if (changed.length !== 1) throw new ConflictError('Someone else changed this enquiry just now. Reload it and try again.');
    const from = enquiry.levelOfNeed;
    const direction = await recordLevelChange(tx, { enquiryId, from, need, reason, by: actor.id, at });
    await recordEnquiryEvent({ db: tx, webhook: ctx.webhook }, { enquiryId, type: 'enquiry.level_changed', by: actor.id, at: now, detail: { direction, fromLevel: from, need, reason } });
    await recordAudit(tx, actor, 'enquiry.level_changed', { type: 'enquiry', id: enquiryId }, now, { from, to: need.level, direction });
    return loadView(tx, (await findEnquiry(tx, enquiryId))!);
  });
}
