import type { TriggerWords } from '../../server/protocol/index.js';
import { t } from '../model/console-i18n.js';

/** Characters of context kept either side of the match in a long message. */
const CONTEXT = 160;

/**
 * The family's own words with the part that raised the alert marked. Screen readers do not
 * announce <mark>, so hidden text says where the flagged words start and end.
 */
export function MatchedWords({ words, language, full = false }: { words: TriggerWords; language?: string | undefined; full?: boolean }) {
  const { text, start, end } = words;
  // The transcript shows the whole message; the lane and the report show the match in context.
  const context = full ? text.length : CONTEXT;
  if (end <= start) {
    return (
      <blockquote class="matched-words" dir="auto" lang={language}>
        {text.length > context * 2 ? `${text.slice(0, context * 2)}…` : text}
      </blockquote>
    );
  }
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return (
    <blockquote class="matched-words" dir="auto" lang={language}>
      {from > 0 ? '…' : ''}
      {text.slice(from, start)}
      <mark>
        <span class="visually-hidden">{t('urgent.markStart')} </span>
        {text.slice(start, end)}
        <span class="visually-hidden"> {t('urgent.markEnd')}</span>
      </mark>
      {text.slice(end, to)}
      {to < text.length ? '…' : ''}
    </blockquote>
  );
}
