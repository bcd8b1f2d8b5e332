import { formatWhen } from '../model/format-when.js';
import type { WidgetModel } from '../model/widget-model.js';
import { isolate } from './bidi-text.js';

/**
 * Where the family stands with a person: asking, waiting (with their place in the queue, or when
 * the hub opens again), who joined, a callback promised by when, or ended. Always in the DOM as a polite status region, so each
 * change is announced.
 */
export function HandoffStatus({ model }: { model: WidgetModel }) {
  const { t } = model.translator;
  const { chat } = model;
  const view = chat.handoff.value;
  const asking = chat.pending.value.some((entry) => entry.frame.type === 'handoff.request');

  const when = (iso: string) => isolate(formatWhen(iso, model.translator.lang.value));

  let text = '';
  // Out of hours, when the hub opens again comes first; a place in the queue is only shown while
  // someone can answer (the server leaves it out otherwise).
  if (view.status === 'waiting' && view.opensAt) text = t('handoff.closedUntil', { when: when(view.opensAt) });
  else if (view.status === 'waiting') {
    text = view.position ? t('handoff.waiting', { count: view.position }) : t('handoff.waitingNoPosition');
  } else if (view.status === 'active') {
    const name = isolate(view.staffName ?? t('log.staff'));
    text = view.hub ? t('handoff.joined', { name, hub: isolate(view.hub) }) : t('handoff.joinedNoHub', { name });
  } else if (view.status === 'callback') text = view.callbackDueAt ? t('handoff.callbackBy', { when: when(view.callbackDueAt) }) : t('handoff.callback');
  else if (view.status === 'ended') text = t('handoff.ended');
  else if (asking) text = t('handoff.asking');

  return (
    <p class="notice" role="status">
      {text}
    </p>
  );
}
