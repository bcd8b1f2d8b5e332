import { DEMO_PASSWORD } from '../../server/auth/index.js';
import { TestSocket, wsUrl } from './test-socket.js';

export interface StaffClient {
  cookie: string;
  csrfToken: string;
  staff: { id: string; displayName: string; role: string; locality: string | null };
  fetch(path: string, init?: RequestInit): Promise<Response>;
  socket(): Promise<TestSocket>;
}

/** Signs a demo account in over real HTTP, as the console does. */
export async function signIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<StaffClient> {
  const origin = baseUrl;
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const body = (await response.json()) as { csrfToken: string; staff: StaffClient['staff'] };
  return {
    cookie,
    csrfToken: body.csrfToken,
    staff: body.staff,
    fetch: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { cookie, origin, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json', ...(init.headers ?? {}) },
      }),
    socket: () => TestSocket.open(wsUrl(baseUrl, '/ws/staff'), { cookie, origin }),
  };
}
