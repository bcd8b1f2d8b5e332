import { useRef } from 'preact/hooks';
import { t } from '../model/console-i18n.js';
import type { SessionModel } from '../model/session-model.js';

/** The sign-in form. Errors are announced (role="alert") and marked on the fields they concern. */
export function LoginPage({ session }: { session: SessionModel }) {
  const usernameRef = useRef<HTMLInputElement>(null);
  const notice = session.notice.value;
  const busy = session.busy.value;
  const fieldsWrong = notice === 'invalid';
  const isError = notice !== null && notice !== 'signed-out';

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const ok = await session.login(String(data.get('username') ?? '').trim(), String(data.get('password') ?? ''));
    if (!ok) usernameRef.current?.focus();
  }

  return (
    <main id="main" class="login">
      <h1 class="login-title">{t('app.title')}</h1>
      <form class="login-form" onSubmit={submit} aria-labelledby="login-heading" aria-busy={busy}>
        <h2 id="login-heading">{t('login.heading')}</h2>
        <p class="hint">{t('login.intro')}</p>
        <div role="alert">{isError ? <p id="login-message" class="form-error">{t(`login.notice.${notice}`)}</p> : null}</div>
        <div role="status">{notice === 'signed-out' ? <p class="form-note">{t('login.notice.signed-out')}</p> : null}</div>
        <div class="field">
          <label for="login-username">{t('login.username')}</label>
          <input
            ref={usernameRef}
            id="login-username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            required
            aria-invalid={fieldsWrong}
            {...(fieldsWrong ? { 'aria-describedby': 'login-message' } : {})}
          />
        </div>
        <div class="field">
          <label for="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={fieldsWrong}
            {...(fieldsWrong ? { 'aria-describedby': 'login-message' } : {})}
          />
        </div>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}
