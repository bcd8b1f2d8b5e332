import { signal, type ReadonlySignal } from '@preact/signals';

/** What the console shows. The open conversation is in the address so a reload keeps it open. */
export type Route =
  | { view: 'queue'; conversationId?: string }
  | { view: 'callbacks' }
  | { view: 'enquiries'; enquiryId?: string }
  | { view: 'manager' }
  | { view: 'conversations'; conversationId?: string };

const CONVERSATION = /^#\/conversations\/([\w-]{1,64})$/;
const ENQUIRY = /^#\/enquiries\/([\w-]{1,64})$/;
const HISTORY = /^#\/history\/([\w-]{1,64})$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/callbacks') return { view: 'callbacks' };
  if (hash === '#/enquiries') return { view: 'enquiries' };
  if (hash === '#/manager') return { view: 'manager' };
  if (hash === '#/history') return { view: 'conversations' };
  const history = HISTORY.exec(hash);
  if (history?.[1]) return { view: 'conversations', conversationId: history[1] };
  const enquiry = ENQUIRY.exec(hash);
  if (enquiry?.[1]) return { view: 'enquiries', enquiryId: enquiry[1] };
  const match = CONVERSATION.exec(hash);
  return match?.[1] ? { view: 'queue', conversationId: match[1] } : { view: 'queue' };
}

export function routeHash(route: Route): string {
  if (route.view === 'callbacks') return '#/callbacks';
  if (route.view === 'manager') return '#/manager';
  if (route.view === 'conversations') return route.conversationId ? `#/history/${route.conversationId}` : '#/history';
  if (route.view === 'enquiries') return route.enquiryId ? `#/enquiries/${route.enquiryId}` : '#/enquiries';
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
