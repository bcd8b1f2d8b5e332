import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { StaffRole } from '../../server/protocol/index.js';
import type { ApiClient } from './api-client.js';

/** The signed-in person as /api/auth answers it. */
export interface StaffMember {
  id: string;
  displayName: string;
  role: StaffRole;
  /** Their Family Hub; null for people who cover every hub (managers). */
  locality: string | null;
  /** BCP 47 tags they read, for the interpreter-needed marker. */
  languages: string[];
}

export type SessionStatus = 'checking' | 'signed-out' | 'signed-in';
/** Why the login page is showing a message. `expired` comes from the socket closing with 4401. */
export type SessionNotice = 'invalid' | 'too-many' | 'network' | 'server' | 'expired' | 'signed-out';

interface SessionBody {
  staff: StaffMember;
  csrfToken: string;
}

export interface SessionModel {
  status: ReadonlySignal<SessionStatus>;
  staff: ReadonlySignal<StaffMember | null>;
  notice: ReadonlySignal<SessionNotice | null>;
  busy: ReadonlySignal<boolean>;
  /** Asks the server whether the cookie still holds a session (page load). */
  check(): Promise<void>;
  login(username: string, password: string): Promise<boolean>;
  logout(): Promise<void>;
  /** The server stopped recognising the session (socket closed with 4401). */
  expire(): void;
}

export function createSessionModel(api: ApiClient): SessionModel {
  const staff = signal<StaffMember | null>(null);
  const checking = signal(true);
  const notice = signal<SessionNotice | null>(null);
  const busy = signal(false);

  function signIn(body: SessionBody): void {
    api.setCsrfToken(body.csrfToken);
    notice.value = null;
    staff.value = body.staff;
  }

  function signOut(reason: SessionNotice | null): void {
    api.setCsrfToken(null);
    staff.value = null;
    notice.value = reason;
  }

  return {
    status: computed(() => (checking.value ? 'checking' : staff.value ? 'signed-in' : 'signed-out')),
    staff,
    notice,
    busy,
    async check() {
      checking.value = true;
      const result = await api.get<SessionBody>('/api/auth/session');
      if (result.ok) signIn(result.body);
      else signOut(result.status === 0 ? 'network' : null);
      checking.value = false;
    },
    async login(username, password) {
      if (busy.value) return false;
      busy.value = true;
      const result = await api.post<SessionBody>('/api/auth/login', { username, password });
      busy.value = false;
      if (result.ok) {
        signIn(result.body);
        return true;
      }
      signOut(loginFailure(result.status));
      return false;
    },
    async logout() {
      busy.value = true;
      await api.post('/api/auth/logout');
      busy.value = false;
      // Signed out locally even if the call failed: a shared desk must never stay signed in.
      signOut('signed-out');
    },
    expire() {
      if (staff.value) signOut('expired');
    },
  };
}

function loginFailure(status: number): SessionNotice {
  if (status === 0) return 'network';
  if (status === 401 || status === 400) return 'invalid';
  if (status === 429) return 'too-many';
  return 'server';
}
