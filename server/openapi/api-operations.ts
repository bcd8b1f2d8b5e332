import type { z } from 'zod';
import {
  AuditQuery,
  CallbackDoneBody,
  ChangeLevelBody,
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

export type Access = 'public' | 'staff' | 'manager';

/** One HTTP operation as described in /openapi.json. Paths use Hono's `:param` syntax, as mounted. */
export interface ApiOperation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  tag: 'auth' | 'languages' | 'callbacks' | 'enquiries' | 'manager' | 'safeguarding';
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
  { method: 'post', path: '/api/enquiries', summary: 'Open an Early Help enquiry from a conversation with recorded consent', tag: 'enquiries', access: 'staff', body: { name: 'CreateEnquiryBody', schema: CreateEnquiryBody }, success: { status: 201, description: 'The new enquiry' } },
  { method: 'get', path: '/api/enquiries', summary: 'Enquiries in the caller’s scope', tag: 'enquiries', access: 'staff', query: EnquiryListQuery, success: { status: 200, description: 'Enquiries' } },
  { method: 'get', path: '/api/enquiries/export', summary: 'Export enquiries for the case system (JSON or CSV)', tag: 'enquiries', access: 'manager', query: ExportQuery, success: { status: 200, description: 'An attachment', contentType: 'text/csv' } },
  { method: 'get', path: '/api/enquiries/:id', summary: 'One enquiry with its history', tag: 'enquiries', access: 'staff', success: { status: 200, description: 'The enquiry' } },
  { method: 'post', path: '/api/enquiries/:id/transition', summary: 'Move an enquiry to its next status', tag: 'enquiries', access: 'staff', body: { name: 'TransitionBody', schema: TransitionBody }, success: { status: 200, description: 'The updated enquiry' } },
  { method: 'post', path: '/api/enquiries/:id/level', summary: 'Step an enquiry up or down the Continuum of Need', tag: 'enquiries', access: 'staff', body: { name: 'ChangeLevelBody', schema: ChangeLevelBody }, success: { status: 200, description: 'The updated enquiry' } },
  { method: 'post', path: '/api/conversations/:id/consent/withdraw', summary: 'Record a withdrawal of consent the family gave in person or by phone', tag: 'enquiries', access: 'staff', body: { name: 'WithdrawConsentBody', schema: WithdrawConsentBody }, success: { status: 200, description: 'Recorded' } },
  { method: 'get', path: '/api/manager/measures', summary: 'Process measures over a date range', tag: 'manager', access: 'manager', query: DateRangeQuery, success: { status: 200, description: 'Measures' } },
  { method: 'get', path: '/api/manager/audit', summary: 'The audit trail', tag: 'manager', access: 'manager', query: AuditQuery, success: { status: 200, description: 'Audit entries' } },
  { method: 'get', path: '/api/manager/webhook-deliveries', summary: 'The case-system webhook delivery log', tag: 'manager', access: 'manager', query: DeliveryLogQuery, success: { status: 200, description: 'Deliveries' } },
  { method: 'get', path: '/api/manager/safeguarding-report', summary: 'Safeguarding triggers and what followed them', tag: 'manager', access: 'manager', query: DateRangeQuery, success: { status: 200, description: 'Trigger rows' } },
];
