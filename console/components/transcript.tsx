import { useEffect, useRef } from 'preact/hooks';
import type { Message } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import type { ConversationModel } from '../model/conversation-model.js';
import { formatWhen } from '../model/format-time.js';
import type { PendingMessage } from '../model/outbox-model.js';
import { MessageBody } from './message-body.js';

/**
 * Everything said so far, then staff messages still on their way. It scrolls on its own so the
 * composer stays in view; new messages are announced by the LiveAnnouncer, not by this list.
 */
export function Transcript({ conversation, now }: { conversation: ConversationModel; now: number }) {
  const messages = conversation.messages.value;
  const familyLanguage = conversation.detail.value?.language;
  const flags = conversation.detail.value?.safeguarding ?? [];
  // The first (most urgent) stored match of each flagged message is the span to mark.
  const flagged = new Map<string, { start: number; end: number }>();
  for (const flag of flags) {
    if (flag.messageId && typeof flag.start === 'number' && typeof flag.end === 'number' && !flagged.has(flag.messageId)) {
      flagged.set(flag.messageId, { start: flag.start, end: flag.end });
    }
  }
  const pending = conversation.pending.value.filter((p) => !messages.some((m) => m.clientMessageId === p.frame.clientMessageId));
  const scroller = useRef<HTMLDivElement>(null);
  const count = messages.length + pending.length;

  // Stay pinned to the newest message unless the reader has scrolled up to read history.
  const pinned = useRef(true);
  useEffect(() => {
    const el = scroller.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [count]);

  return (
    <div class="transcript">
      <h3 id="transcript-heading">{t('transcript.heading')}</h3>
      <div
        class="transcript-scroll"
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-labelledby="transcript-heading"
        onScroll={(e) => {
          const el = e.currentTarget;
          pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        {count === 0 ? <p class="empty">{t('transcript.empty')}</p> : null}
        <ol class="messages">
          {messages.map((m) => (
            <MessageItem key={m.id} message={m} now={now} familyLanguage={familyLanguage} highlight={flagged.get(m.id)} />
          ))}
          {pending.map((p) => (
            <PendingItem key={p.frame.clientMessageId} pending={p} onRetry={() => conversation.retry(p.frame.clientMessageId)} />
          ))}
        </ol>
      </div>
    </div>
  );
}

function authorLabel(message: Message): string {
  if (message.author === 'staff') return message.authorName ?? t('transcript.author.staff');
  return t(`transcript.author.${message.author}`);
}

export function MessageItem({
  message,
  now,
  familyLanguage,
  highlight,
}: {
  message: Message;
  now: number;
  familyLanguage: string | undefined;
  highlight: { start: number; end: number } | undefined;
}) {
  return (
    <li class={`message from-${message.author} kind-${message.content.kind}`}>
      <p class="message-meta">
        <span class="author">{authorLabel(message)}</span> <time dateTime={message.createdAt}>{formatWhen(message.createdAt, now)}</time>
      </p>
      <MessageBody message={message} language={message.author === 'family' ? familyLanguage : undefined} highlight={highlight} />
    </li>
  );
}

function PendingItem({ pending, onRetry }: { pending: PendingMessage; onRetry(): void }) {
  const { frame, state } = pending;
  return (
    <li class={`message from-staff is-${state}`}>
      <p class="message-meta">
        <span class="author">{t('transcript.author.you')}</span> <span class="send-state">{t(`transcript.state.${state}`)}</span>
      </p>
      {frame.type === 'message.send' ? (
        <p class="message-text" dir="auto">
          {frame.text}
        </p>
      ) : (
        <p class="message-text">{t(frame.key, { defaultValue: frame.key })}</p>
      )}
      {state === 'failed' ? (
        <p class="send-failed">
          {t('transcript.notSentBecause', { reason: t(`errors.${pending.error ?? 'internal'}`) })}{' '}
          <button type="button" class="button" onClick={onRetry}>
            {t('transcript.retry')}
          </button>
        </p>
      ) : null}
    </li>
  );
}
