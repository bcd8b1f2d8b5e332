import type { AlertModel } from '../model/alert-model.js';
import { t } from '../model/console-i18n.js';
import { hubLabel } from '../model/hub-label.js';
import type { MySessionsModel } from '../model/my-sessions-model.js';
import type { SessionModel, StaffMember } from '../model/session-model.js';
import type { SocketStatus } from '../model/staff-socket.js';
import { MySessions } from './my-sessions.js';

interface Props {
  me: StaffMember;
  session: SessionModel;
  mySessions: MySessionsModel;
  alerts: AlertModel;
  connection: SocketStatus | null;
}

/** Who is signed in, whether the console is live, the alert sound switch and sign-out. */
export function ConsoleHeader({ me, session, mySessions, alerts, connection }: Props) {
  return (
    <header class="top-bar">
      <h1 class="app-title">{t('app.title')}</h1>
      {connection ? (
        <p class={`connection connection-${connection}`} role="status">
          {t(`connection.${connection}`)}
        </p>
      ) : null}
      <p class="signed-in">
        {t('header.signedInAs')} <strong>{me.displayName}</strong>
        <span class="signed-in-detail">
          {hubLabel(me.locality)} · {t(`roles.${me.role}`)}
        </span>
      </p>
      <label class="sound-toggle">
        <input type="checkbox" checked={!alerts.muted.value} onChange={(e) => alerts.setMuted(!e.currentTarget.checked)} />
        {t('header.alertSound')}
      </label>
      <MySessions model={mySessions} />
      <button type="button" class="button" onClick={() => void session.logout()} disabled={session.busy.value}>
        {t('header.signOut')}
      </button>
    </header>
  );
}
