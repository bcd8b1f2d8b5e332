import { z } from 'zod';
import { LOCALITIES, NEEDS } from './vocabulary.js';

/** The conversations list and search in the console (GET /api/conversations). */

/** Where a conversation stands for staff, derived from its latest handoff and its callbacks. */
export const CONVERSATION_STATUSES = ['waiting', 'open', 'callback', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Longest search text, and most words in one search: enough for a phrase, bounded for the index. */
export const SEARCH_MAX_CHARS = 200;
export const SEARCH_MAX_WORDS = 8;
export const CONVERSATION_PAGE_MAX = 100;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-01.');

export const ConversationListQuery = z
  .object({
    q: z.string().trim().max(SEARCH_MAX_CHARS).optional(),
    hub: z.enum([...LOCALITIES, 'shared']).optional(),
    status: z.enum(CONVERSATION_STATUSES).optional(),
    language: z.string().trim().min(1).max(35).optional(),
    need: z.enum(NEEDS).optional(),
    urgent: z.enum(['true', 'false']).optional(),
    from: day.optional(),
    to: day.optional(),
    /** A staff id, or 'me'. */
    assignee: z.string().trim().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(CONVERSATION_PAGE_MAX).default(50),
    /** The `next` cursor of the previous page. */
    before: z.string().max(200).optional(),
  })
  .strict();
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export interface ConversationListItem {
  conversationId: string;
  language: string;
  /** The queue it is in: a hub, or 'shared' while the hub is not known. */
  locality: string;
  status: ConversationStatus;
  urgent: boolean;
  needs: string[];
  /** Who is helping (or last helped) the family. */
  assignee: { id: string; name: string } | null;
  createdAt: string;
  /** Last message or change. */
  updatedAt: string;
  /** With a search: the family's words that matched, shortened around the first match. */
  match?: string;
}

export interface ConversationListPage {
  conversations: ConversationListItem[];
  /** Pass as `before` for the next page; absent on the last page. */
  next?: string;
}

/** A private note staff keep on a conversation (POST /api/conversations/:id/notes). */
export const NOTE_MAX_CHARS = 4000;
export const ConversationNoteBody = z.object({ text: z.string().trim().min(1, 'Write the note.').max(NOTE_MAX_CHARS) }).strict();
export type ConversationNoteBody = z.infer<typeof ConversationNoteBody>;

export interface ConversationNoteView {
  id: string;
  text: string;
  /** Display name of the member of staff who wrote it. */
  by: string;
  at: string;
}
