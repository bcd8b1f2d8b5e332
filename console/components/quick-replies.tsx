import { keysOf, t } from '../model/console-i18n.js';

/**
 * Ready-made replies. They go out as keys, so the family reads each one in their own language
 * (translated and checked ahead of time), not machine-translated on the fly.
 */
export function QuickReplies({ onSend }: { onSend(key: string): boolean }) {
  const keys = keysOf('quick-replies');
  if (!keys.length) return null;
  return (
    <details class="quick-replies">
      <summary>{t('chat.quickReplies')}</summary>
      <p class="hint">{t('chat.quickRepliesHint')}</p>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <button type="button" class="button quick-reply" onClick={() => onSend(key)}>
              {t(`quick-replies:${key}`)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
