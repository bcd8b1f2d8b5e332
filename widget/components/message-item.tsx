import type { ComponentChildren } from 'preact';
import type { Message } from '../../server/protocol/index.js';
import type { WidgetModel } from '../model/widget-model.js';
import { ConsentAnswer, ConsentCard } from './consent-card.js';
import { ReferenceNotice } from './reference-notice.js';
import { ResourceCards } from './resource-cards.js';
import { SafeguardingCard } from './safeguarding-card.js';

interface ItemProps {
  message: Message;
  model: WidgetModel;
  /** Not yet acknowledged by the server. */
  pending: boolean;
  /** Arrived after the history snapshot (safeguarding cards alert only then). */
  live: boolean;
}

/** Joins option labels the way the language does ("A, B and C"), where the browser knows how. */
function listOf(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** One message in the log, drawn by content kind; the switch must cover every kind. */
export function MessageItem({ message, model, pending, live }: ItemProps) {
  const { t } = model.translator;
  const { content } = message;
  switch (content.kind) {
    case 'text':
      // Typed words can be in any script: dir="auto" lets each message find its own direction.
      return (
        <Bubble message={message} model={model} pending={pending}>
          <p dir="auto">{content.text}</p>
        </Bubble>
      );
    // Bot lines get dir="auto" too: a namespace not yet translated falls back to English inside an
    // RTL panel, and its punctuation must not jump to the wrong end.
    case 'localised':
      return (
        <Bubble message={message} model={model} pending={pending}>
          <p dir="auto">{t(content.text.key, content.text.params)}</p>
        </Bubble>
      );
    case 'prompt':
      return (
        <Bubble message={message} model={model} pending={pending}>
          <p dir="auto">{t(content.prompt.key, content.prompt.params)}</p>
        </Bubble>
      );
    case 'answer':
      return (
        <Bubble message={message} model={model} pending={pending}>
          <p>{content.labels.length ? listOf(content.labels.map((label) => t(label)), model.translator.lang.value) : t('log.skipped')}</p>
        </Bubble>
      );
    case 'resources':
      return <ResourceCards content={content} model={model} />;
    case 'safeguarding':
      return <SafeguardingCard id={message.id} content={content} model={model} live={live} />;
    case 'event':
      if (typeof content.text.params?.reference === 'string') return <ReferenceNotice text={content.text} reference={content.text.params.reference} model={model} />;
      return <p class="event">{t(content.text.key, content.text.params)}</p>;
    case 'consent-request':
      return <ConsentCard content={content} model={model} />;
    case 'consent-answer':
      return <ConsentAnswer content={content} model={model} pending={pending} />;
    default: {
      // A kind added to the protocol later is skipped rather than breaking the whole log.
      const unknown: never = content;
      void unknown;
      return null;
    }
  }
}

function Bubble({ message, model, pending, children }: Omit<ItemProps, 'live'> & { children: ComponentChildren }) {
  const { t } = model.translator;
  const who =
    message.author === 'family'
      ? t('log.you')
      : message.author === 'staff'
        ? message.authorName ?? t('log.staff')
        : t('log.bot');
  return (
    <div class={`message ${message.author}`}>
      {message.author === 'staff' ? (
        <p class="who">
          <bdi>{who}</bdi>
        </p>
      ) : (
        <span class="sr-only">{t('log.said', { name: who })} </span>
      )}
      <div class="bubble">{children}</div>
      {pending && <p class="status">{t('log.sending')}</p>}
    </div>
  );
}
