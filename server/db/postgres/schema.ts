import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The PostgreSQL twin of server/db/schema.ts: same tables, columns, property names, JS types, keys
 * and index names, so domain code typed against the SQLite tables runs unchanged on these.
 * test/unit/schema-parity.test.ts fails when the two drift; change both together, then
 * `npm run db:generate` writes a migration for each dialect.
 *
 * Times stay ISO-8601 UTC text (not timestamptz) so both back ends hand the domain the same
 * strings; the default produces SQLite's strftime('%Y-%m-%dT%H:%M:%fZ','now') format exactly.
 */

const timestamp = (name: string) => text(name).notNull().default(sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const createdAt = () => timestamp('created_at');
const json = <T>(name: string) => jsonb(name).$type<T>();
/** SQLite's AUTOINCREMENT key; bigint because login attempts under a long guessing campaign can pass 2^31. */
const serialId = (name: string) => bigint(name, { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity();

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    flowId: text('flow_id').notNull(),
    flowState: json<unknown>('flow_state').notNull(),
    language: text('language').notNull(),
    fallbackLanguage: text('fallback_language'),
    interpreterNeeded: text('interpreter_needed'),
    locality: text('locality').notNull().default('any'),
    urgent: boolean('urgent').notNull().default(false),
    urgentReason: text('urgent_reason'),
    summary: json<unknown>('summary'),
    nextSeq: integer('next_seq').notNull().default(1),
    endedAt: text('ended_at'),
    lastSeenAt: text('last_seen_at'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [index('conversations_created_idx').on(t.createdAt)],
);

export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    author: text('author', { enum: ['family', 'bot', 'staff', 'system'] }).notNull(),
    staffId: text('staff_id'),
    authorName: text('author_name'),
    clientMessageId: text('client_message_id'),
    content: json<unknown>('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('messages_seq_uq').on(t.conversationId, t.seq), uniqueIndex('messages_client_id_uq').on(t.conversationId, t.clientMessageId)],
);

export const staff = pgTable('staff', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['staff', 'manager', 'translator'] }).notNull(),
  locality: text('locality'),
  languages: json<string[]>('languages').notNull(),
  createdAt: createdAt(),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  staffId: text('staff_id')
    .notNull()
    .references(() => staff.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: text('expires_at').notNull(),
  lastSeenAt: text('last_seen_at'),
  userAgent: text('user_agent'),
});

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: serialId('id'),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: text('at').notNull(),
    outcome: text('outcome', { enum: ['pending', 'failed', 'ok', 'forgiven'] }).notNull(),
  },
  (t) => [index('login_attempts_user_idx').on(t.username, t.at), index('login_attempts_ip_idx').on(t.ip, t.at), index('login_attempts_at_idx').on(t.at)],
);

export const handoffs = pgTable(
  'handoffs',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    locality: text('locality').notNull(),
    status: text('status', { enum: ['waiting', 'active', 'ended'] }).notNull(),
    requestedAt: text('requested_at').notNull(),
    claimedBy: text('claimed_by').references(() => staff.id),
    claimedAt: text('claimed_at'),
    endedAt: text('ended_at'),
    /** Why a handoff ended without staff ending it: 'family-gone' (offline past the set time), 'became-callback'. */
    endReason: text('end_reason'),
  },
  (t) => [index('handoffs_status_idx').on(t.status, t.locality), index('handoffs_conversation_idx').on(t.conversationId, t.requestedAt)],
);

export const callbacks = pgTable('callbacks', {
  id: text('id').primaryKey(),
  conversationId: text('conversation_id')
    .notNull()
    .references(() => conversations.id, { onDelete: 'cascade' }),
  locality: text('locality').notNull(),
  contactMethod: text('contact_method').notNull(),
  contactValue: text('contact_value').notNull(),
  preferredTime: text('preferred_time'),
  permissionToContact: boolean('permission_to_contact').notNull(),
  requestedAt: text('requested_at').notNull(),
  dueAt: text('due_at').notNull(),
  status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
  outcome: text('outcome'),
  doneBy: text('done_by').references(() => staff.id),
  doneAt: text('done_at'),
}, (t) => [index('callbacks_conversation_idx').on(t.conversationId, t.requestedAt)]);

export const consents = pgTable('consents', {
  id: text('id').primaryKey(),
  conversationId: text('conversation_id')
    .notNull()
    .references(() => conversations.id, { onDelete: 'cascade' }),
  requestedBy: text('requested_by')
    .notNull()
    .references(() => staff.id),
  requestedAt: text('requested_at').notNull(),
  language: text('language').notNull(),
  wordingKey: text('wording_key').notNull(),
  wordingVersion: integer('wording_version').notNull(),
  textHash: text('text_hash').notNull(),
  shownText: text('shown_text').notNull(),
  answer: text('answer', { enum: ['yes', 'no'] }),
  answeredAt: text('answered_at'),
  withdrawnAt: text('withdrawn_at'),
  withdrawnBy: text('withdrawn_by'),
  /** 'practitioner-attested': a practitioner said the family agreed; requested_by is the staff member who recorded it. */
  basis: text('basis', { enum: ['family-given', 'practitioner-attested'] })
    .notNull()
    .default('family-given'),
  /** Who attested, as they gave it: "name, role, organisation". */
  attestedBy: text('attested_by'),
});

export const enquiries = pgTable('enquiries', {
  id: text('id').primaryKey(),
  reference: text('reference').notNull().unique(),
  conversationId: text('conversation_id')
    .notNull()
    .references(() => conversations.id),
  consentId: text('consent_id')
    .notNull()
    .references(() => consents.id),
  status: text('status', { enum: ['new', 'triaged', 'advice-given', 'allocated', 'closed'] }).notNull(),
  details: json<unknown>('details').notNull(),
  contactAt: text('contact_at').notNull(),
  createdBy: text('created_by')
    .notNull()
    .references(() => staff.id),
  createdAt: text('created_at').notNull(),
  triagedAt: text('triaged_at'),
  allocatedAt: text('allocated_at'),
  closedAt: text('closed_at'),
  outcome: text('outcome'),
  withdrawnAt: text('withdrawn_at'),
  /** Continuum of Need set at triage (server/protocol/continuum-of-need.ts); changes are in enquiry_level_changes. */
  levelOfNeed: text('level_of_need', { enum: ['getting-advice', 'getting-help', 'getting-more-help', 'help-to-address-harm'] }),
  nextStep: text('next_step'),
  /** 'family-given' (the consent card) or 'practitioner-attested' (a practitioner said the family agreed). */
  consentBasis: text('consent_basis', { enum: ['family-given', 'practitioner-attested'] })
    .notNull()
    .default('family-given'),
  /** Set when a practitioner from another agency asked for the enquiry: who to tell the outcome. */
  referrerAgency: text('referrer_agency'),
  referrerName: text('referrer_name'),
  referrerRole: text('referrer_role'),
  referrerOrganisation: text('referrer_organisation'),
  referrerEmail: text('referrer_email'),
  referrerPhone: text('referrer_phone'),
});

/** Every level of need an enquiry was given, with who, when and why: the step-up / step-down history. */
export const enquiryLevelChanges = pgTable('enquiry_level_changes', {
  id: text('id').primaryKey(),
  enquiryId: text('enquiry_id')
    .notNull()
    .references(() => enquiries.id),
  fromLevel: text('from_level'),
  toLevel: text('to_level').notNull(),
  direction: text('direction', { enum: ['set', 'step-up', 'step-down'] }).notNull(),
  nextStep: text('next_step').notNull(),
  leadPractitioner: text('lead_practitioner'),
  referralBy: text('referral_by'),
  referralOn: text('referral_on'),
  reason: text('reason'),
  by: text('by').notNull(),
  at: text('at').notNull(),
});

export const enquiryEvents = pgTable('enquiry_events', {
  id: text('id').primaryKey(),
  enquiryId: text('enquiry_id')
    .notNull()
    .references(() => enquiries.id),
  type: text('type').notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status'),
  by: text('by').notNull(),
  at: text('at').notNull(),
  detail: json<unknown>('detail'),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    enquiryId: text('enquiry_id').notNull(),
    eventType: text('event_type').notNull(),
    // Text, not jsonb: the signed body must go out byte for byte as it was signed.
    payload: text('payload').notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [index('webhook_due_idx').on(t.status, t.nextAttemptAt)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: serialId('id'),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    detail: json<unknown>('detail'),
    at: text('at').notNull(),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  // Unique prev_hash: two writers can never both extend the same row, so the chain cannot fork.
  (t) => [index('audit_subject_idx').on(t.subjectType, t.subjectId), uniqueIndex('audit_prev_hash_uq').on(t.prevHash)],
);

export const safeguardingTriggers = pgTable('safeguarding_triggers', {
  id: text('id').primaryKey(),
  conversationId: text('conversation_id')
    .notNull()
    .references(() => conversations.id, { onDelete: 'cascade' }),
  messageId: text('message_id'),
  severity: text('severity').notNull(),
  language: text('language').notNull(),
  phrase: text('phrase').notNull(),
  nodeId: text('node_id'),
  outOfHours: boolean('out_of_hours').notNull(),
  at: text('at').notNull(),
  category: text('category'),
  rule: text('rule'),
  matchedText: text('matched_text'),
  matchStart: integer('match_start'),
  matchEnd: integer('match_end'),
});

export const safeguardingAlerts = pgTable(
  'safeguarding_alerts',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    locality: text('locality').notNull(),
    severity: text('severity').notNull(),
    category: text('category'),
    firstTriggerId: text('first_trigger_id').notNull(),
    triggerCount: integer('trigger_count').notNull().default(1),
    outOfHours: boolean('out_of_hours').notNull(),
    raisedAt: text('raised_at').notNull(),
    lastTriggerAt: text('last_trigger_at').notNull(),
    acknowledgedBy: text('acknowledged_by').references(() => staff.id),
    acknowledgedAt: text('acknowledged_at'),
    action: text('action'),
    reason: text('reason'),
  },
  (t) => [index('safeguarding_alerts_conversation_idx').on(t.conversationId), index('safeguarding_alerts_open_idx').on(t.acknowledgedAt)],
);

export const busEvents = pgTable(
  'bus_events',
  {
    id: serialId('id'),
    origin: text('origin').notNull(),
    event: text('event').notNull(),
    args: jsonb('args').$type<unknown[]>().notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('bus_events_at_idx').on(t.at)],
);

export const presence = pgTable(
  'presence',
  {
    /** `kind:subject@process`: one row per thing per process, and one `process` heartbeat row per process. */
    id: text('id').primaryKey(),
    process: text('process').notNull(),
    kind: text('kind', { enum: ['staff', 'family', 'process'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    name: text('name'),
    locality: text('locality'),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('presence_process_idx').on(t.process), index('presence_expires_idx').on(t.expiresAt)],
);

/**
 * Translations edited in the console (#17). The locale files stay the source of truth: these rows
 * overlay them in the running service until `npm run i18n -- pull` writes them into locales/.
 * A row's `baseText` is the file's text when it was made, so a newer file shows as a conflict.
 */
export const translationChanges = pgTable(
  'translation_changes',
  {
    id: text('id').primaryKey(),
    language: text('language').notNull(),
    namespace: text('namespace').notNull(),
    key: text('key').notNull(),
    /** The locale file's text and review mark when this change was made (null: not in the file). */
    baseText: text('base_text'),
    baseReview: text('base_review'),
    /** What the service showed before (file or an earlier change), and what it shows now. */
    oldText: text('old_text'),
    newText: text('new_text').notNull(),
    review: text('review', { enum: ['draft', 'reviewed'] }).notNull(),
    /** Hash of the English the text was written or reviewed against. */
    sourceHash: text('source_hash').notNull(),
    /** Who wrote the text now shown (for four eyes), and who made this change. */
    authorId: text('author_id').notNull(),
    changedBy: text('changed_by')
      .notNull()
      .references(() => staff.id),
    at: text('at').notNull(),
  },
  (t) => [index('translation_changes_key_idx').on(t.language, t.namespace, t.key)],
);

export const familyWords = pgTable(
  'family_words',
  {
    id: serialId('id'),
    messageId: text('message_id')
      .notNull()
      .unique('family_words_message_uq')
      .references(() => messages.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
  },
  (t) => [index('family_words_conversation_idx').on(t.conversationId)],
);

export const conversationNotes = pgTable(
  'conversation_notes',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('conversation_notes_conversation_idx').on(t.conversationId, t.createdAt)],
);

export const erasures = pgTable(
  'erasures',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull(),
    enquiryReferences: json<string[]>('enquiry_references').notNull(),
    reason: text('reason').notNull(),
    erasedBy: text('erased_by').notNull(),
    erasedAt: text('erased_at').notNull(),
    keptSafeguarding: boolean('kept_safeguarding').notNull(),
  },
  (t) => [index('erasures_conversation_idx').on(t.conversationId)],
);
