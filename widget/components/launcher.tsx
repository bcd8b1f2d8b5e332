import { useEffect, useRef } from 'preact/hooks';
import type { WidgetModel } from '../model/widget-model.js';
import { LAUNCHER_ICON } from './launcher-icon.js';

export function Launcher({ model, moveFocus }: { model: WidgetModel; moveFocus: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  const { t } = model.translator;
  const unread = model.unread.value;
  useEffect(() => {
    if (moveFocus) button.current?.focus();
  }, []);
  return (
    <button ref={button} type="button" class="button primary launcher" aria-haspopup="dialog" onClick={model.openPanel}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d={LAUNCHER_ICON} />
      </svg>
      <span>{t('launcher.label')}</span>
      {unread > 0 && <span class="unread"> {t('launcher.unread', { count: unread })}</span>}
    </button>
  );
}
