import { and, asc, eq, exists, isNull, lt, max, ne, not, notExists, or, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Tx } from '../db/index.js';
import { auditLog, callbacks, conversations, enquiries, messages, safeguardingTriggers, sessions, webhookDeliveries } from '../db/tables.js';
import { CLOSE_OUTCOMES } from '../protocol/enquiry-bodies.js';
import { cutoff, type RetentionPolicy } from './retention-policy.js';

/** The record kinds a purge reports on, in the order it works through them. */
// Callbacks before conversations: a conversation is kept while its callback is, then goes in the same run.
export const PURGE_KINDS = ['enquiries', 'callbacks', 'conversationsWithoutEnquiry', 'safeguarding', 'webhookPayloads', 'sessions', 'auditLog'] as const;
export type PurgeKind = (typeof PURGE_KINDS)[number];

/** Up to `limit` ids of records of one kind past their time at `now`, oldest first. */
export type FindExpired = (tx: Tx, policy: RetentionPolicy, now: Date, limit: number) => Promise<string[]>;

const hasEnquiry = (tx: Tx) => tx.select({ one: sql`1` }).from(enquiries).where(eq(enquiries.conversationId, conversations.id));
const hasTrigger = (tx: Tx) => tx.select({ one: sql`1` }).from(safeguardingTriggers).where(eq(safeguardingTriggers.conversationId, conversations.id));
const hasMessages = (tx: Tx) => tx.select({ one: sql`1` }).from(messages).where(eq(messages.conversationId, conversations.id));
const hasCallback = (tx: Tx) => tx.select({ one: sql`1` }).from(callbacks).where(eq(callbacks.conversationId, conversations.id));

/** Whether an enquiry row is past its time: by its closing outcome, or by the withdrawal of consent. */
function enquiryExpired(table: Record<'outcome' | 'closedAt' | 'withdrawnAt', SQLWrapper>, policy: RetentionPolicy, now: Date) {
  const byOutcome = CLOSE_OUTCOMES.map((outcome) => and(eq(table.outcome, outcome), lt(table.closedAt, cutoff(now, policy.enquiries[outcome]))));
  return or(...byOutcome, lt(table.withdrawnAt, cutoff(now, policy.enquiries.withdrawn)))!;
}

/**
 * Conversations whose enquiries are all past their time. The conversation goes with them; its
 * safeguarding records stay (the `safeguarding` kind removes them later).
 */
const expiredEnquiryConversations: FindExpired = async (tx, policy, now, limit) => {
  const other = alias(enquiries, 'other_enquiry');
  const stillHeld = tx
    .select({ one: sql`1` })
    .from(other)
    .where(and(eq(other.conversationId, enquiries.conversationId), not(enquiryExpired(other, policy, now))));
  const rows = await tx
    .selectDistinct({ conversationId: enquiries.conversationId })
    .from(enquiries)
    .where(and(enquiryExpired(enquiries, policy, now), notExists(stillHeld)))
    .limit(limit);
  return rows.map((r) => r.conversationId);
};

const idleBefore = (before: string) => and(lt(conversations.updatedAt, before), or(isNull(conversations.lastSeenAt), lt(conversations.lastSeenAt, before)));

/**
 * Conversations with no enquiry and no callback, idle longer than the policy allows. One with
 * safeguarding records is emptied (its records kept) rather than deleted, so it is found only while
 * it still has messages.
 */
const expiredConversations: FindExpired = async (tx, policy, now, limit) => {
  const rows = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(idleBefore(cutoff(now, policy.conversationsWithoutEnquiry)), notExists(hasEnquiry(tx)), notExists(hasCallback(tx)), or(notExists(hasTrigger(tx)), exists(hasMessages(tx)))))
    .orderBy(asc(conversations.updatedAt))
    .limit(limit);
  return rows.map((r) => r.id);
};

/** Conversations kept for safeguarding whose last trigger is older than the safeguarding period (and with no enquiry still held). */
const expiredSafeguarding: FindExpired = async (tx, policy, now, limit) => {
  const rows = await tx
    .select({ id: safeguardingTriggers.conversationId })
    .from(safeguardingTriggers)
    .innerJoin(conversations, eq(conversations.id, safeguardingTriggers.conversationId))
    .where(and(idleBefore(cutoff(now, policy.safeguarding.days)), notExists(hasEnquiry(tx))))
    .groupBy(safeguardingTriggers.conversationId)
    .having(lt(max(safeguardingTriggers.at), cutoff(now, policy.safeguarding.days)))
    .limit(limit);
  return rows.map((r) => r.id);
};

/** Callbacks done longer ago than the policy allows (open ones are still being worked). */
const expiredCallbacks: FindExpired = async (tx, policy, now, limit) =>
  (await tx.select({ id: callbacks.id }).from(callbacks).where(and(eq(callbacks.status, 'done'), lt(callbacks.doneAt, cutoff(now, policy.callbacks)))).limit(limit)).map((r) => r.id);

/** Webhook deliveries no longer pending (sent, or given up on), older than the policy allows. */
const expiredDeliveries: FindExpired = async (tx, policy, now, limit) =>
  (
    await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(ne(webhookDeliveries.status, 'pending'), lt(webhookDeliveries.createdAt, cutoff(now, policy.webhookPayloads))))
      .limit(limit)
  ).map((r) => r.id);

/** Staff sessions that ended (expired) longer ago than the policy allows. */
const expiredSessions: FindExpired = async (tx, policy, now, limit) =>
  (await tx.select({ id: sessions.id }).from(sessions).where(lt(sessions.expiresAt, cutoff(now, policy.sessions))).limit(limit)).map((r) => r.id);

/** The oldest audit entries past their time, as a prefix of the chain in id order (see verifyAuditChain). */
const expiredAudit: FindExpired = async (tx, policy, now, limit) =>
  (
    await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      // The newest row always stays: it is the chain's head, which the next entry links to.
      .where(and(lt(auditLog.at, cutoff(now, policy.auditLog)), lt(auditLog.id, tx.select({ id: max(auditLog.id) }).from(auditLog))))
      .orderBy(asc(auditLog.id))
      .limit(limit)
  ).map((r) => String(r.id));

export const FIND_EXPIRED: Record<PurgeKind, FindExpired> = {
  enquiries: expiredEnquiryConversations,
  conversationsWithoutEnquiry: expiredConversations,
  safeguarding: expiredSafeguarding,
  callbacks: expiredCallbacks,
  webhookPayloads: expiredDeliveries,
  sessions: expiredSessions,
  auditLog: expiredAudit,
};
