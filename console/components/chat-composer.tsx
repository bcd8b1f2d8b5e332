import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../model/console-i18n.js';
import type { ConversationModel } from '../model/conversation-model.js';
import { QuickReplies } from './quick-replies.js';

const MAX_LENGTH = 4000;

/**
 * The live chat box: Enter sends, Shift+Enter makes a new line. Only the person holding the
 * handoff can write, so the family never hears from two workers at once.
 */
export function ChatComposer({ conversation }: { conversation: ConversationModel }) {
  const [draft, setDraft] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const holds = conversation.holdsHandoff.value;
  const familyTyping = conversation.familyTyping.value;

  // Claiming removes the Claim button; if focus fell to the page, start the chat here.
  useEffect(() => {
    if (holds && (document.activeElement === document.body || !document.activeElement)) field.current?.focus();
  }, [holds]);

  function submit(): void {
    if (conversation.send(draft)) setDraft('');
  }

  function onKeyDown(event: KeyboardEvent): void {
    // Enter while an IME is composing (Chinese, Japanese...) picks a character; it must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <section class="chat" aria-labelledby="chat-heading">
      <h3 id="chat-heading">{t('chat.heading')}</h3>
      <p class="typing-indicator">{familyTyping ? t('chat.familyTyping') : ''}</p>
      {holds ? (
        <>
          <form
            class="composer"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <label for="composer-text">{t('chat.label')}</label>
            <p id="composer-hint" class="hint">
              {t('chat.hint')}
            </p>
            <div class="composer-row">
              <textarea
                ref={field}
                id="composer-text"
                dir="auto"
                rows={3}
                maxLength={MAX_LENGTH}
                value={draft}
                aria-describedby="composer-hint"
                onInput={(e) => {
                  setDraft(e.currentTarget.value);
                  conversation.typed();
                }}
                onKeyDown={onKeyDown}
              />
              <button type="submit" class="button primary">
                {t('chat.send')}
              </button>
            </div>
          </form>
          <QuickReplies onSend={conversation.sendQuickReply} />
        </>
      ) : (
        <p class="hint">{t('chat.claimFirst')}</p>
      )}
    </section>
  );
}
