/** What every call answers: the body on success, or the status (0 when the network failed). */
export type ApiResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; error?: string };

export interface ApiClient {
  get<T>(path: string): Promise<ApiResult<T>>;
  post<T>(path: string, body?: unknown): Promise<ApiResult<T>>;
  /** The session's CSRF token, sent on every POST; null after sign-out. */
  setCsrfToken(token: string | null): void;
}

/**
 * Same-origin JSON calls. The session cookie is HttpOnly, so a cross-site form could ride on it;
 * the CSRF token lives only in memory here and must be sent as a header the attacker cannot set.
 */
export function createApiClient(fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  let csrfToken: string | null = null;

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method === 'POST' && csrfToken) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      return { ok: false, status: 0 };
    }
    const parsed = await response.json().catch(() => undefined);
    if (response.ok) return { ok: true, status: response.status, body: parsed as T };
    const error = (parsed as { error?: unknown } | undefined)?.error;
    return { ok: false, status: response.status, ...(typeof error === 'string' ? { error } : {}) };
  }

  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    setCsrfToken(token) {
      csrfToken = token;
    },
  };
}
