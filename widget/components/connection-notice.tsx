import { FAMILY_MESSAGE_MAX_CHARS } from '../../server/protocol/limits.js';
import type { WidgetModel } from '../model/widget-model.js';

/**
 * One polite status line for the connection and for errors the family should know about. It is
 * always in the DOM (empty when all is well) so screen readers pick up changes to it.
 */
export function ConnectionNotice({ model }: { model: WidgetModel }) {
  const { t } = model.translator;
  const connection = model.chat.connection.value;
  const notice = model.chat.notice.value;
  let text = '';
  if (connection === 'offline') text = t('connection.offline');
  else if (connection === 'connecting' || connection === 'idle') text = t('connection.connecting');
  else if (notice) text = t(`errors.${notice}`, { max: FAMILY_MESSAGE_MAX_CHARS, defaultValue: t('errors.generic') });
  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
