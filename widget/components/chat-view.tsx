import type { WidgetModel } from '../model/widget-model.js';
import { isolate } from './bidi-text.js';
import { ConnectionNotice } from './connection-notice.js';
import { HandoffStatus } from './handoff-status.js';
import { MessageLog } from './message-log.js';
import { ReplyArea } from './reply-area.js';

/** The conversation: status line, the log, who is typing, the handoff state and the reply controls. */
export function ChatView({ model }: { model: WidgetModel }) {
  const { t } = model.translator;
  const typing = model.chat.typing.value;
  return (
    <div class="chat">
      <ConnectionNotice model={model} />
      <MessageLog model={model} />
      {typing.typing && (
        // Not a live region: a screen reader announcing every pause in the staff member's typing is noise.
        <p class="typing">
          <span class="dots">{typing.name ? t('typing.named', { name: isolate(typing.name) }) : t('typing.someone')}</span>
        </p>
      )}
      <HandoffStatus model={model} />
      <ReplyArea model={model} />
    </div>
  );
}
