import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../app-context.js';
import type { StaffRow } from '../auth/index.js';
import { PRACTITIONER_FLOW_ID, type ConversationRow } from '../conversations/index.js';
import { firstRow, type Tx } from '../db/index.js';
import { consents, messages } from '../db/tables.js';
import { ForbiddenError } from '../domain-errors.js';
import { parseFlowState } from '../flow-engine/index.js';
import { hashWording } from './consent-wording.js';
import { wordingSources } from './wording-sources.js';

type ConsentRow = typeof consents.$inferSelect;

/** The question the practitioner answered "yes" to; its flow's version is the wording's version. */
export const ATTESTATION_KEY = 'flows:pr.agreement.prompt';

export const isPractitionerRequest = (conversation: ConversationRow): boolean => conversation.flowId === PRACTITIONER_FLOW_ID;

/** Who asked, as they told the practitioner flow: the enquiry's referrer_* columns. */
export function referrerOf(conversation: ConversationRow) {
  const answers = parseFlowState(conversation.flowState).answers;
  const one = (name: string) => answers[name]?.[0]?.trim() || null;
  const contact = one('referrerContact');
  return {
    referrerAgency: one('referrerAgency'),
    referrerName: one('referrerName'),
    referrerRole: one('referrerRole'),
    referrerOrganisation: one('referrerOrganisation'),
    referrerEmail: contact?.includes('@') ? contact : null,
    referrerPhone: contact && !contact.includes('@') ? contact : null,
  };
}

/** What the practitioner told us about the family beyond the summary, for the staff notes. */
export function practitionerNotes(conversation: ConversationRow): string | undefined {
  const answers = parseFlowState(conversation.flowState).answers;
  const parts = [answers.familyDetails?.[0], answers.tried?.[0] ? `Tried: ${answers.tried[0]}` : undefined].filter(Boolean);
  return parts.length ? parts.join('\n\n').slice(0, 4000) : undefined;
}

/**
 * Consent for a practitioner's request is the practitioner's attestation that the family agrees,
 * recorded as such (never as the family's own "yes"): who attested, when, and the exact words and
 * version they agreed to. The staff member opening the enquiry is recorded as requested_by.
 */
export async function attestedConsent(ctx: AppContext, tx: Tx, actor: StaffRow, conversation: ConversationRow): Promise<ConsentRow> {
  const state = parseFlowState(conversation.flowState);
  if (state.answers.familyAgrees?.[0] !== 'yes') {
    throw new ForbiddenError('The practitioner has not confirmed that the family agrees, so an Early Help enquiry cannot be opened.');
  }
  const existing = firstRow(
    await tx.select().from(consents).where(and(eq(consents.conversationId, conversation.id), eq(consents.basis, 'practitioner-attested'))).orderBy(desc(consents.requestedAt)).limit(1),
  );
  if (existing?.withdrawnAt) throw new ForbiddenError('Consent for this request was withdrawn, so an Early Help enquiry cannot be opened.');
  if (existing) return existing;
  const text = wordingSources(ctx).t(conversation.language, ATTESTATION_KEY);
  const referrer = referrerOf(conversation);
  const row: ConsentRow = {
    id: crypto.randomUUID(),
    conversationId: conversation.id,
    requestedBy: actor.id,
    requestedAt: ctx.now().toISOString(),
    language: conversation.language,
    wordingKey: ATTESTATION_KEY,
    wordingVersion: state.flowVersion,
    textHash: hashWording([text]),
    shownText: text,
    answer: 'yes',
    answeredAt: (await answeredAt(tx, conversation.id)) ?? ctx.now().toISOString(),
    withdrawnAt: null,
    withdrawnBy: null,
    basis: 'practitioner-attested',
    attestedBy: [referrer.referrerName, referrer.referrerRole, referrer.referrerOrganisation].filter(Boolean).join(', ') || null,
  };
  await tx.insert(consents).values(row);
  return row;
}

/** When the practitioner answered the agreement question: its answer message in the log. */
async function answeredAt(tx: Tx, conversationId: string): Promise<string | undefined> {
  const answers = await tx
    .select({ content: messages.content, at: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.author, 'family')))
    .orderBy(desc(messages.seq))
    .limit(200);
  return answers.find((m) => (m.content as { kind?: string; nodeId?: string }).kind === 'answer' && (m.content as { nodeId?: string }).nodeId === 'agreement')?.at;
}
