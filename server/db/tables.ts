import { dialect } from './dialect.js';
import * as postgres from './postgres/schema.js';
import * as sqlite from './schema.js';

/**
 * The tables the domain verbs query, for this process's dialect (dialect.ts). The SQLite schema
 * gives them their TypeScript shapes; server/db/postgres/schema.test.ts keeps the PostgreSQL tables
 * identical in names, columns, JavaScript types, keys and indexes, which is what makes this safe.
 */
const chosen = (dialect === 'postgres' ? postgres : sqlite) as unknown as typeof sqlite;

export const {
  conversations,
  messages,
  staff,
  sessions,
  loginAttempts,
  handoffs,
  callbacks,
  consents,
  enquiries,
  enquiryEvents,
  enquiryLevelChanges,
  webhookDeliveries,
  auditLog,
  safeguardingTriggers,
  safeguardingAlerts,
  busEvents,
  presence,
  translationChanges,
  familyWords,
  conversationNotes,
  erasures,
} = chosen;
