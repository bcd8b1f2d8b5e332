import { fileURLToPath } from 'node:url';
import { districtLocalities, loadHubsConfig, type HubsConfig } from './config/index.js';
import { openDatabase, type Db } from './db/index.js';
import type { WebhookTarget } from './enquiries/index.js';
import { loadFlows, type FlowDefinition } from './flow-engine/index.js';
import { loadLocales, loadReviewStates, type Resources, type ReviewStates } from './i18n/index.js';
import type { Locality } from './protocol/index.js';
import { EventBus } from './realtime/event-bus.js';
import { FamilyPresence } from './realtime/family-presence.js';
import { StaffPresence } from './realtime/staff-presence.js';
import { loadCatalogue, type Catalogue } from './resources/index.js';
import { loadPhraseBook, loadSafeguardingConfig, type PhraseBook, type SafeguardingConfig } from './safeguarding/index.js';
import { createSecurityContext, type SecurityContext } from './security/security-context.js';
import type { SecurityOptions } from './security/security-options.js';

/** Everything a verb needs, built once at start. Tests build their own with a temp database and clock. */
export interface AppContext {
  db: Db;
  /** The clock. Verbs read time only from here so tests can fix it. */
  now: () => Date;
  flows: Map<string, FlowDefinition>;
  hubs: HubsConfig;
  districtLocalities: Record<string, Locality>;
  catalogue: Catalogue;
  phraseBook: PhraseBook;
  safeguarding: SafeguardingConfig;
  locales: Resources;
  reviews: ReviewStates;
  bus: EventBus;
  presence: StaffPresence;
  families: FamilyPresence;
  /** Where enquiry events are delivered; unset means no webhook deliveries are queued. */
  webhook?: WebhookTarget;
  /** Trusted proxies, allowed hosts, session lifetimes and the per-process limiters. */
  security: SecurityContext;
}

export interface ContextOptions {
  databasePath: string;
  now?: () => Date;
  webhook?: WebhookTarget;
  security?: Partial<SecurityOptions>;
}

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export function createAppContext({ databasePath, now = () => new Date(), webhook, security }: ContextOptions): AppContext {
  const hubs = loadHubsConfig();
  return {
    db: openDatabase(databasePath),
    now,
    flows: loadFlows(root('flows')),
    hubs,
    districtLocalities: districtLocalities(hubs),
    catalogue: loadCatalogue(),
    phraseBook: loadPhraseBook(root('locales')),
    safeguarding: loadSafeguardingConfig(),
    locales: loadLocales(root('locales')),
    reviews: loadReviewStates(root('locales')),
    bus: new EventBus(),
    presence: new StaffPresence(),
    families: new FamilyPresence(),
    security: createSecurityContext(security),
    ...(webhook ? { webhook } : {}),
  };
}
