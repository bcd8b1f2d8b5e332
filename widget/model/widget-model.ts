import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Language } from '../../server/i18n/language-search.js';
import { readChatLanguage, readChatSession, writeChatLanguage, type ChatLanguage } from './chat-session.js';
import { createConversationModel, type ConversationModel } from './conversation-model.js';
import type { EmbedConfig } from './embed-config.js';
import { createLanguageModel, type LanguageModel } from './language-model.js';
import { readStored, STORAGE_KEYS, writeStored } from './local-store.js';
import type { PublicFetch } from './public-fetch.js';
import { leaveNow } from './quick-exit.js';
import { CHAT_NAMESPACES, createTranslator, STARTUP_NAMESPACES, type Translator } from './translator.js';

export type Phase = 'language' | 'fallback' | 'chat';

export interface WidgetModel {
  config: EmbedConfig;
  open: ReadonlySignal<boolean>;
  phase: ReadonlySignal<Phase>;
  /** Messages from the hub or the flow that arrived while the panel was minimised. */
  unread: ReadonlySignal<number>;
  choice: ReadonlySignal<ChatLanguage | null>;
  languages: LanguageModel;
  chat: ConversationModel;
  translator: Translator;
  /** Settles when the launcher and picker texts of the starting language are in (or failed). */
  textsReady: Promise<void>;
  openPanel(): void;
  closePanel(): void;
  chooseLanguage(language: Language): void;
  chooseFallback(language: Language): void;
  /** From the chat back to the picker ("Change language"), and back again without choosing. */
  reopenLanguagePicker(): void;
  cancelLanguagePicker(): void;
  quickExit(): void;
}

/**
 * The whole widget's state. Nothing heavy happens before the family opens the panel, unless the
 * device holds unsent messages from an earlier visit: those are delivered straight away.
 */
export function createWidgetModel(
  config: EmbedConfig,
  hideWidget: () => void,
  load: PublicFetch,
  knownTranslated: readonly string[],
  earlySocket: WebSocket | null = null,
): WidgetModel {
  const translator = createTranslator(config.origin, config.showKeys, config.preview, load);
  const languages = createLanguageModel(config.origin, config.preferred, load);
  // Until the server's list arrives, the languages this release ships: no request for a file that is not there.
  if (!config.preview) translator.knowTranslated(knownTranslated);
  const chat = createConversationModel(config.socketUrl, earlySocket, config.route);
  // Preview never touches the family's stored choice: a translator's device is not a family's.
  const choice = signal<ChatLanguage | null>(config.preview ? { language: config.preview } : readChatLanguage());
  const picking = signal(false);
  const open = signal(readStored(STORAGE_KEYS.open, 'session') === true);
  const phase = computed<Phase>(() => {
    if (languages.awaitingFallback.value) return 'fallback';
    return !choice.value || picking.value ? 'language' : 'chat';
  });
  let chatStarted = false;
  // Everything up to this seq has been on screen (or was history when the device resumed).
  const seenSeq = signal<number | null>(null);
  effect(() => {
    const last = chat.messages.value.at(-1)?.seq ?? 0;
    if (open.value || (seenSeq.peek() === null && chat.historySeq.value !== null)) seenSeq.value = last;
  });
  const unread = computed(() => {
    const seen = seenSeq.value;
    return seen === null ? 0 : chat.messages.value.filter((m) => m.seq > seen && m.author !== 'family').length;
  });

  // When the language list arrives (first try or a retry) it brings which languages are translated
  // and each one's direction and fallbacks: show the conversation's text again with them.
  effect(() => {
    if (languages.status.value !== 'ready') return;
    // Preview shows a language whether or not it is listed as translated.
    if (!config.preview) translator.knowTranslated([...languages.translated.peek()]);
    const current = choice.peek();
    if (current && chatStarted) void showIn(current);
  });

  function showIn(current: ChatLanguage): Promise<void> {
    const chain = languages.displayChain(current);
    return translator.use(chain, CHAT_NAMESPACES, languages.find(chain[0]!)?.dir);
  }

  function startChat(current: ChatLanguage): void {
    void showIn(current);
    if (!chatStarted) chat.start(current);
    chatStarted = true;
  }

  function enterChat(next: ChatLanguage | null): void {
    if (!next) return;
    const previous = choice.value;
    choice.value = next;
    picking.value = false;
    if (!config.preview) writeChatLanguage(next);
    const changed = previous?.language !== next.language || previous.fallbackLanguage !== next.fallbackLanguage;
    if (chatStarted && changed) chat.changeLanguage(next);
    startChat(next);
  }

  const stored = choice.value;
  const textsReady = translator.use(
    stored ? [stored.fallbackLanguage ?? stored.language] : config.preferred.slice(0, 1),
    STARTUP_NAMESPACES,
  );
  if (stored && !open.value && readChatSession() && chat.pending.value.length) startChat(stored);

  const model: WidgetModel = {
    config,
    open,
    phase,
    unread,
    choice,
    languages,
    chat,
    translator,
    textsReady,
    openPanel() {
      open.value = true;
      writeStored(STORAGE_KEYS.open, true, 'session');
      if (choice.value) startChat(choice.value);
      void languages.load();
    },
    closePanel() {
      open.value = false;
      writeStored(STORAGE_KEYS.open, false, 'session');
    },
    chooseLanguage(language) {
      enterChat(languages.pick(language));
    },
    chooseFallback(language) {
      enterChat(languages.pickFallback(language));
    },
    reopenLanguagePicker() {
      picking.value = true;
    },
    cancelLanguagePicker() {
      languages.cancelFallback();
      picking.value = false;
    },
    quickExit() {
      hideWidget();
      leaveNow(config.exitUrl, chat.stop);
    },
  };
  if (open.value) model.openPanel();
  return model;
}
