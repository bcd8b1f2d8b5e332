import { readChatLanguage, readChatSession } from '../model/chat-session.js';
import { readStored, STORAGE_KEYS } from '../model/local-store.js';

/**
 * Whether the chat must start with the page rather than on first open, as it always did in these
 * two cases: the panel was open in this tab (the family moved to another council page), or the
 * device holds messages a family typed that the server has not yet acknowledged.
 */
export function mustStartAtOnce(): boolean {
  if (readStored(STORAGE_KEYS.open, 'session') === true) return true;
  const outbox = readStored(STORAGE_KEYS.outbox);
  return !!readChatLanguage() && !!readChatSession() && Array.isArray(outbox) && outbox.length > 0;
}
