import { signal, type ReadonlySignal } from '@preact/signals';

/** What the console shows. The open conversation is in the address so a reload keeps it open. */
export type Route = { view: 'queue'; conversationId?: string } | { view: 'callbacks' };

const CONVERSATION = /^#\/conversations\/([\w-]{1,64})$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/callbacks') return { view: 'callbacks' };
  const match = CONVERSATION.exec(hash);
  return match?.[1] ? { view: 'queue', conversationId: match[1] } : { view: 'queue' };
}

export function routeHash(route: Route): string {
  if (route.view === 'callbacks') return '#/callbacks';
  return route.conversationId ? `#/conversations/${route.conversationId}` : '#/queue';
}

export interface RouteModel {
  route: ReadonlySignal<Route>;
  go(route: Route): void;
  stop(): void;
}

/** Hash routing: the browser's back button moves between conversations and views. */
export function createRouteModel(): RouteModel {
  const route = signal(parseRoute(location.hash));
  const sync = () => {
    route.value = parseRoute(location.hash);
  };
  window.addEventListener('hashchange', sync);
  return {
    route,
    go(next) {
      const hash = routeHash(next);
      if (location.hash !== hash) location.hash = hash;
      else route.value = next;
    },
    stop() {
      window.removeEventListener('hashchange', sync);
      // On a shared desk the next person should not start inside the last person's conversation.
      history.replaceState(null, '', location.pathname + location.search);
    },
  };
}
