import type { z } from 'zod';
import { TranslationChangeBody } from '../protocol/translation-bodies.js';
import {
  AuditQuery,
  CallbackDoneBody,
  ChangeLevelBody,
  ConversationListQuery,
  ConversationNoteBody,
  CreateEnquiryBody,
  DateRangeQuery,
  DeliveryLogQuery,
  EnquiryListQuery,
  ExportQuery,
  LoginBody,
  TransitionBody,
  AcknowledgeAlertBody,
  WithdrawConsentBody,
} from '../protocol/index.js';
import { ScorecardQuery } from '../protocol/scorecard-query.js';
import { EraseFamilyBody, SubjectAccessQuery } from '../protocol/retention-bodies.js';

export type Access = 'public' | 'staff' | 'manager' | 'translator';

/** One HTTP operation as described in /openapi.json. Paths use Hono's `:param` syntax, as mounted. */
export interface ApiOperation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  tag: 'auth' | 'languages' | 'callbacks' | 'conversations' | 'enquiries' | 'manager' | 'safeguarding' | 'translations' | 'directory';
  access: Access;
  /** Protocol schemas, named in components.schemas by their key here. */
  body?: { name: string; schema: z.ZodType };
  query?: z.ZodObject | z.ZodType;
  /** Success status and what it returns (response bodies are plain TypeScript types, so described in words). */
  success: { status: 200 | 201 | 204; description: string; contentType?: string };
}

/**
 * Every /api operation the app mounts. test/integration/openapi.test.ts walks the Hono app's routes
 * and fails when one is missing here, so this list cannot silently fall behind the routes.
 */
export const API_OPERATIONS: ApiOperation[] = [
  { method: 'get', path: '/api/languages', summary: 'Every language, which have translations, which have reviewed safeguarding text', tag: 'languages', access: 'public', success: { status: 200, description: 'The language list the widget searches' } },
  { method: 'post', path: '/api/auth/login', summary: 'Sign in (same-origin only); sets the session cookie', tag: 'auth', access: 'public', body: { name: 'LoginBody', schema: LoginBody }, success: { status: 200, description: 'The signed-in staff member and the CSRF token for state changes' } },
  { method: 'get', path: '/api/auth/session', summary: 'The current session', tag: 'auth', access: 'public', success: { status: 200, description: 'The signed-in staff member and CSRF token' } },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out', tag: 'auth', access: 'public', success: { status: 204, description: 'Signed out; the cookie is cleared' } },
  { method: 'get', path: '/api/auth/sessions', summary: 'The caller’s own sessions (device summary, started, last used, which is this one)', tag: 'auth', access: 'staff', success: { status: 200, description: 'Sessions' } },
  { method: 'post', path: '/api/auth/sessions/end-others', summary: 'Sign out of every other session of the caller', tag: 'auth', access: 'staff', success: { status: 200, description: 'How many sessions were ended' } },
  { method: 'post', path: '/api/auth/sessions/:id/end', summary: 'Sign out of one other session of the caller, by its public handle', tag: 'auth', access: 'staff', success: { status: 200, description: 'Ended' } },
  { method: 'get', path: '/api/urgent-alerts', summary: 'Open safeguarding alerts the caller may see (the urgent lane)', tag: 'safeguarding', access: 'staff', success: { status: 200, description: 'Open alerts, most urgent first' } },
  { method: 'post', path: '/api/urgent-alerts/:id/acknowledge', summary: 'Acknowledge a safeguarding alert with what was done', tag: 'safeguarding', access: 'staff', body: { name: 'AcknowledgeAlertBody', schema: AcknowledgeAlertBody }, success: { status: 200, description: 'The acknowledgement' } },
  { method: 'get', path: '/api/callbacks', summary: 'Callback requests in the caller’s scope (?status=open|done)', tag: 'callbacks', access: 'staff', success: { status: 200, description: 'Callback requests' } },
  { method: 'post', path: '/api/callbacks/:id/done', summary: 'Record the outcome of a callback', tag: 'callbacks', access: 'staff', body: { name: 'CallbackDoneBody', schema: CallbackDoneBody }, success: { status: 200, description: 'Recorded' } },
  { method: 'get', path: '/api/conversations', summary: 'Conversations the caller may open, filtered, with full-text search over the family’s words', tag: 'conversations', access: 'staff', query: ConversationListQuery, success: { status: 200, description: 'A page of conversations, newest activity first' } },
  { method: 'get', path: '/api/conversations/:id', summary: 'One conversation’s summary and history, to read', tag: 'conversations', access: 'staff', success: { status: 200, description: 'The conversation' } },
  { method: 'get', path: '/api/conversations/:id/notes', summary: 'Staff’s private notes on a conversation (never sent to the family)', tag: 'conversations', access: 'staff', success: { status: 200, description: 'Notes, oldest first' } },
  { method: 'post', path: '/api/conversations/:id/notes', summary: 'Add a private note to a conversation (audited; never sent to the family)', tag: 'conversations', access: 'staff', body: { name: 'ConversationNoteBody', schema: ConversationNoteBody }, success: { status: 201, description: 'The note' } },
  { method: 'post', path: '/api/enquiries', summary: 'Open an Early Help enquiry from a conversation with recorded consent', tag: 'enquiries', access: 'staff', body: { name: 'CreateEnquiryBody', schema: CreateEnquiryBody }, success: { status: 201, description: 'The new enquiry' } },
  { method: 'get', path: '/api/enquiries', summary: 'Enquiries in the caller’s scope', tag: 'enquiries', access: 'staff', query: EnquiryListQuery, success: { status: 200, description: 'Enquiries' } },
  { method: 'get', path: '/api/enquiries/export', summary: 'Export enquiries for the case system (JSON or CSV)', tag: 'enquiries', access: 'manager', query: ExportQuery, success: { status: 200, description: 'An attachment', contentType: 'text/csv' } },
  { method: 'get', path: '/api/enquiries/:id', summary: 'One enquiry with its history', tag: 'enquiries', access: 'staff', success: { status: 200, description: 'The enquiry' } },
  { method: 'post', path: '/api/enquiries/:id/transition', summary: 'Move an enquiry to its next status', tag: 'enquiries', access: 'staff', body: { name: 'TransitionBody', schema: TransitionBody }, success: { status: 200, description: 'The updated enquiry' } },
  { method: 'post', path: '/api/enquiries/:id/level', summary: 'Step an enquiry up or down the Continuum of Need', tag: 'enquiries', access: 'staff', body: { name: 'ChangeLevelBody', schema: ChangeLevelBody }, success: { status: 200, description: 'The updated enquiry' } },
  { method: 'post', path: '/api/conversations/:id/consent/withdraw', summary: 'Record a withdrawal of consent the family gave in person or by phone', tag: 'enquiries', access: 'staff', body: { name: 'WithdrawConsentBody', schema: WithdrawConsentBody }, success: { status: 200, description: 'Recorded' } },
  { method: 'get', path: '/api/manager/scorecard', summary: 'The Early Help scorecard: headline measures with targets and red/amber/green, every measure in total and per hub, a weekly or monthly series and demand (definitions: docs/scorecard.md)', tag: 'manager', access: 'manager', query: ScorecardQuery, success: { status: 200, description: 'Scorecard' } },
  { method: 'get', path: '/api/manager/audit', summary: 'The audit trail', tag: 'manager', access: 'manager', query: AuditQuery, success: { status: 200, description: 'Audit entries' } },
  { method: 'get', path: '/api/manager/webhook-deliveries', summary: 'The case-system webhook delivery log', tag: 'manager', access: 'manager', query: DeliveryLogQuery, success: { status: 200, description: 'Deliveries' } },
  { method: 'get', path: '/api/translations', summary: 'Languages a translator can work on, with totals', tag: 'translations', access: 'translator', success: { status: 200, description: 'Languages' } },
  { method: 'get', path: '/api/translations/:language', summary: 'One language: coverage by file, the work queue, glossary and conflicts', tag: 'translations', access: 'translator', success: { status: 200, description: 'The translator workspace' } },
  { method: 'post', path: '/api/translations/:language/changes', summary: 'Edit a text or mark it reviewed; served at once, pulled into locales/ later', tag: 'translations', access: 'translator', body: { name: 'TranslationChangeBody', schema: TranslationChangeBody }, success: { status: 201, description: 'The stored change' } },
  { method: 'get', path: '/api/directory/stale', summary: 'Directory entries last checked more than twelve months ago, with their source feed', tag: 'directory', access: 'staff', success: { status: 200, description: 'Entries to check' } },
  { method: 'get', path: '/api/manager/safeguarding-report', summary: 'Safeguarding triggers and what followed them', tag: 'manager', access: 'manager', query: DateRangeQuery, success: { status: 200, description: 'Trigger rows' } },
  { method: 'get', path: '/api/retention/policy', summary: 'How long each kind of personal data is kept', tag: 'manager', access: 'manager', success: { status: 200, description: 'The retention policy' } },
  { method: 'get', path: '/api/retention/subject-access', summary: 'Everything held about a family, as JSON or accessible HTML', tag: 'manager', access: 'manager', query: SubjectAccessQuery, success: { status: 200, description: 'The subject-access pack' } },
  { method: 'post', path: '/api/retention/erasures', summary: 'Erase a family’s data, keeping safeguarding records', tag: 'manager', access: 'manager', body: { name: 'EraseFamilyBody', schema: EraseFamilyBody }, success: { status: 201, description: 'The erasure record' } },
  { method: 'post', path: '/api/conversations/:id/end-access', summary: 'End a family’s access from their device (a shared phone)', tag: 'enquiries', access: 'staff', success: { status: 204, description: 'Access ended' } },
];
