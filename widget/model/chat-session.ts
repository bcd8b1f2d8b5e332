import { readStored, removeStored, STORAGE_KEYS, writeStored } from './local-store.js';

/** What the device keeps to resume a conversation after a reload, a lost signal or a server restart. */
export interface ChatSession {
  conversationId: string;
  token: string;
}

/** The language the family chose, and the one they continue in when it has no translation yet. */
export interface ChatLanguage {
  language: string;
  fallbackLanguage?: string;
}

export function readChatSession(): ChatSession | null {
  const value = readStored(STORAGE_KEYS.session) as Partial<ChatSession> | null;
  return typeof value?.conversationId === 'string' && typeof value.token === 'string'
    ? { conversationId: value.conversationId, token: value.token }
    : null;
}

export function writeChatSession(session: ChatSession | null): void {
  if (session) writeStored(STORAGE_KEYS.session, session);
  else removeStored(STORAGE_KEYS.session);
}

export function readChatLanguage(): ChatLanguage | null {
  const value = readStored(STORAGE_KEYS.language) as Partial<ChatLanguage> | null;
  if (typeof value?.language !== 'string') return null;
  return typeof value.fallbackLanguage === 'string'
    ? { language: value.language, fallbackLanguage: value.fallbackLanguage }
    : { language: value.language };
}

export function writeChatLanguage(choice: ChatLanguage): void {
  writeStored(STORAGE_KEYS.language, choice);
}
