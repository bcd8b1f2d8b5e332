import { t } from '../model/console-i18n.js';
import { formatWhen } from '../model/format-time.js';
import type { MySessionsModel } from '../model/my-sessions-model.js';

/** "Your sessions": where you are signed in, with a way to end the others. Loaded when opened. */
export function MySessions({ model }: { model: MySessionsModel }) {
  const now = model.loadedAt.value;
  const sessions = model.sessions.value;
  const status = model.status.value;
  const others = sessions.filter((s) => !s.current).length;
  const ended = model.ended.value;

  return (
    <details class="my-sessions" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void model.load()}>
      <summary class="button">{t('sessions.heading')}</summary>
      <div class="my-sessions-body">
        {status === 'failed' ? <p role="alert">{t('sessions.failed')}</p> : null}
        <ul class="my-sessions-list">
          {sessions.map((s) => (
            <li key={s.id}>
              <strong>{s.userAgent}</strong>
              {s.current ? (
                <>
                  {' '}
                  <span class="count">{t('sessions.current')}</span>
                </>
              ) : null}
              <br />
              {t('sessions.started', { when: formatWhen(s.createdAt, now) })} · {t('sessions.lastSeen', { when: formatWhen(s.lastSeenAt, now) })}
              {s.current ? null : (
                <button type="button" class="button" onClick={() => void model.end(s.id)}>
                  {t('sessions.end')}
                  <span class="visually-hidden"> {s.userAgent}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {others > 0 ? (
          <button type="button" class="button" onClick={() => void model.endOthers()}>
            {t('sessions.endOthers')}
          </button>
        ) : status === 'ready' ? (
          <p>{t('sessions.onlyThis')}</p>
        ) : null}
        <p role="status">
          {ended !== null ? t('sessions.ended', { count: ended }) : ''}
        </p>
      </div>
    </details>
  );
}
