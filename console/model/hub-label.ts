import { t } from './console-i18n.js';

/** A queue's name for staff: the hub's own name, or the shared / all-hubs queues. */
export function hubLabel(hub: string | null | undefined): string {
  if (!hub || hub === 'all') return t('hubs.all');
  if (hub === 'shared') return t('hubs.shared');
  return t(`common:localities.${hub}`, { defaultValue: hub });
}
