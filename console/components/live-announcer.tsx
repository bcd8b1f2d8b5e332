import type { Message } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';
import { keyOrText } from '../model/localised-text.js';

/**
 * A polite live region that reads out each new family message. Kept apart from the transcript
 * so opening a long conversation does not read its whole history aloud.
 */
export function LiveAnnouncer({ arrival }: { arrival: Message | null }) {
  return (
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">
      {arrival ? <p key={arrival.id}>{t('chat.announce', { text: spoken(arrival) })}</p> : null}
    </div>
  );
}

function spoken(message: Message): string {
  const c = message.content;
  if (c.kind === 'text') return c.text;
  if (c.kind === 'answer') return c.labels.map(keyOrText).join('; ');
  return t('chat.announceOther');
}
