import { useEffect } from 'preact/hooks';
import type { AppModel } from '../model/app-model.js';
import { t } from '../model/console-i18n.js';
import { AlertBanner } from './alert-banner.js';
import { ConsoleHeader } from './console-header.js';
import { LoginPage } from './login-page.js';
import { TranslatorWorkspace } from './translator-workspace.js';
import { WorkspaceView } from './workspace-view.js';

/** The whole page: checking the session, the sign-in form, or the signed-in console. */
export function ConsoleApp({ app }: { app: AppModel }) {
  const status = app.session.status.value;
  const me = app.session.staff.value;
  const workspace = app.workspace.value;
  const translations = app.translations.value;
  const waiting = workspace?.queue.waitingCount.value ?? 0;

  // Staff keep the console in a background tab; the count in the title shows families waiting.
  useEffect(() => {
    document.title = waiting > 0 ? t('app.titleWaiting', { count: waiting }) : t('app.title');
  }, [waiting]);

  if (status === 'checking') {
    return (
      <main class="page-loading" id="main">
        <p role="status">{t('app.checking')}</p>
      </main>
    );
  }
  if (!me) return <LoginPage session={app.session} />;

  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToMain')}
      </a>
      <ConsoleHeader me={me} session={app.session} mySessions={app.mySessions} alerts={app.alerts} connection={workspace?.connection.value ?? null} />
      <AlertBanner alerts={app.alerts} workspace={workspace} />
      {workspace ? (
        <WorkspaceView workspace={workspace} />
      ) : translations ? (
        <TranslatorWorkspace model={translations} />
      ) : (
        <main id="main" class="notice-page">
          <h2>{t('translator.heading')}</h2>
          <p>{t('translator.body')}</p>
        </main>
      )}
    </>
  );
}

/** The address hash holds the route, so the skip link moves focus itself instead of navigating. */
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
