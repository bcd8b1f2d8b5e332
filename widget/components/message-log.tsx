import { useEffect, useRef, useState } from 'preact/hooks';
import { pendingAsMessage } from '../model/message-log.js';
import type { WidgetModel } from '../model/widget-model.js';
import { MessageItem } from './message-item.js';
import { revealAtTop } from './reveal-at-top.js';

/**
 * The conversation as a role="log" live region. On resume the history is rendered with the
 * region silent and it turns polite only afterwards, so a screen reader does not read the whole
 * conversation out again. Items are keyed by client id where there is one, so a "sending…"
 * message becomes the stored one in place instead of being announced twice.
 */
export function MessageLog({ model }: { model: WidgetModel }) {
  const { chat, translator } = model;
  const { t } = translator;
  const log = useRef<HTMLDivElement>(null);
  const historySeq = chat.historySeq.value;
  const [live, setLive] = useState(historySeq === 0);
  const messages = chat.messages.value;
  const pending = chat.pending.value.flatMap((entry) => pendingAsMessage(entry) ?? []);
  const items = [...messages, ...pending];

  useEffect(() => {
    if (historySeq === null || live) return;
    const timer = setTimeout(() => setLive(true), 250);
    return () => clearTimeout(timer);
  }, [historySeq, live]);

  useEffect(() => {
    const element = log.current;
    if (!element) return;
    // Something in the log just took focus (an emergency card's heading): show it from the top,
    // not the newest line, so the whole card reads down from its heading.
    const focused = (element.getRootNode() as ShadowRoot).activeElement;
    if (focused instanceof HTMLElement && focused !== element && element.contains(focused)) revealAtTop(focused);
    else element.scrollTop = element.scrollHeight;
  }, [items.length]);

  return (
    <div
      ref={log}
      class="log"
      role="log"
      aria-live={live ? 'polite' : 'off'}
      aria-label={t('log.label')}
      // Focusable so keyboard users can scroll back through a long conversation.
      tabIndex={0}
    >
      {items.map((message) => (
        <MessageItem
          key={message.clientMessageId ?? message.id}
          message={message}
          model={model}
          pending={message.id.startsWith('pending:')}
          live={historySeq !== null && message.seq > historySeq}
        />
      ))}
    </div>
  );
}
