import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { consents } from '../db/tables.js';
import { firstRow } from '../db/index.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../domain-errors.js';
import { WithdrawConsentBody } from '../protocol/enquiry-bodies.js';
import { parseInput } from './parse-input.js';
import { withdrawConsent } from './withdraw-consent.js';

/**
 * A family told a member of staff (by phone, in person) to stop sharing. Any hub's staff or a
 * manager may record it, not only the family's own hub: families ring whichever number they have,
 * and stopping sharing must never be blocked by who happened to answer.
 */
export async function recordSpokenWithdrawal({ ctx, actor, conversationId, input }: { ctx: AppContext; actor: StaffRow; conversationId: string; input: unknown }) {
  if (actor.role !== 'staff' && actor.role !== 'manager') throw new ForbiddenError('Only hub staff and managers record a withdrawal.');
  const { consentId } = parseInput(WithdrawConsentBody, input);
  const consent = firstRow(await ctx.db.select().from(consents).where(and(eq(consents.id, consentId), eq(consents.conversationId, conversationId))).limit(1));
  if (!consent) throw new NotFoundError('consent');
  if (consent.withdrawnAt) throw new ConflictError(`Consent was already withdrawn at ${consent.withdrawnAt}.`);
  await withdrawConsent(ctx, { conversationId, consentId, by: actor });
}
