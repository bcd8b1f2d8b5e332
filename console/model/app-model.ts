import { effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import { createAlertModel, type AlertModel } from './alert-model.js';
import { createAlertTone } from './alert-tone.js';
import { createApiClient } from './api-client.js';
import { createMySessionsModel, type MySessionsModel } from './my-sessions-model.js';
import { createSessionModel, type SessionModel } from './session-model.js';
import { createTranslationModel, type TranslationModel } from './translation-model.js';
import { createWorkspaceModel, type WorkspaceModel } from './workspace-model.js';

export interface AppModel {
  session: SessionModel;
  /** The signed-in person's own sessions ("Your sessions" in the header). */
  mySessions: MySessionsModel;
  alerts: AlertModel;
  /** Present while a hub worker or manager is signed in; translators get no queue. */
  workspace: ReadonlySignal<WorkspaceModel | null>;
  /** Present while a translator is signed in: the translators' workspace. */
  translations: ReadonlySignal<TranslationModel | null>;
  /** Call on the first user gesture so alert sounds may play later. */
  primeSound(): void;
}

/**
 * The console's root: the session decides whether a workspace (socket, queue, conversation)
 * exists. Signing out tears it down, so nothing of one person's work lingers for the next.
 */
export function createAppModel(): AppModel {
  const api = createApiClient();
  const session = createSessionModel(api);
  const tone = createAlertTone();
  const alerts = createAlertModel(tone);
  const workspace = signal<WorkspaceModel | null>(null);
  const translations = signal<TranslationModel | null>(null);

  effect(() => {
    const me = session.staff.value;
    // Only the signed-in person should re-run this; what the workspace reads while starting must not.
    untracked(() => {
      workspace.peek()?.stop();
      alerts.clear();
      workspace.value = me && me.role !== 'translator' ? createWorkspaceModel({ me, api, alerts, onSignedOut: () => session.expire() }) : null;
      translations.value = me && me.role === 'translator' ? createTranslationModel(api, me) : null;
    });
  });
  void session.check();

  return { session, mySessions: createMySessionsModel(api), alerts, workspace, translations, primeSound: () => tone.prime() };
}
