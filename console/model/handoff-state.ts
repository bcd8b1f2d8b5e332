import type { ConversationDetail, ErrorCode, QueueEntry } from '../../server/protocol/index.js';

/** Where the open conversation's handoff stands, from the live queue or, once it left, from the detail. */
export interface HandoffState {
  id: string;
  status: 'waiting' | 'active' | 'ended' | 'callback';
  locality: string;
  claimedBy?: string;
  claimedByName?: string;
}

export function handoffFromEntry(entry: QueueEntry): HandoffState {
  return {
    id: entry.handoffId,
    status: entry.status,
    locality: entry.locality,
    ...(entry.claimedBy ? { claimedBy: entry.claimedBy } : {}),
    ...(entry.claimedByName ? { claimedByName: entry.claimedByName } : {}),
  };
}

export function handoffFromDetail(detail: ConversationDetail): HandoffState | null {
  const h = detail.handoff;
  if (!h) return null;
  const status = h.status === 'waiting' || h.status === 'active' || h.status === 'callback' ? h.status : 'ended';
  return { id: h.id, status, locality: h.locality, ...(h.claimedBy ? { claimedBy: h.claimedBy } : {}) };
}

/** What staff can do from the conversation view; `open` is loading the conversation itself. */
export type ConversationAction = 'open' | 'claim' | 'release' | 'transfer' | 'end' | 'consent';

/** The result of the last action, for the status line: done, or failed with the server's reason. */
export interface ActionFeedback {
  action: ConversationAction;
  outcome: 'done' | 'failed';
  /** Why it failed; `offline` when the console had no connection to send it on. */
  reason?: ErrorCode | 'offline';
  /** The hub a transfer went to. */
  locality?: string;
}
