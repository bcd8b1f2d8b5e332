import { districtLocalities, loadHubsConfig, type HubsConfig } from './config/index.js';
import { openPostgresStore, openSqliteStore, type Store, type Tx } from './db/index.js';
import { createEmbedOriginPolicy, DEVELOPMENT_EMBED_ORIGINS, type EmbedOriginPolicy } from './embedding/index.js';
import type { WebhookTarget } from './enquiries/index.js';
import { createReadiness, type Readiness } from './health/index.js';
import { loadFlows, type FlowDefinition } from './flow-engine/index.js';
import { loadLocales, loadReviewStates, type Resources, type ReviewStates } from './i18n/index.js';
import { silentLogger, type Logger } from './logging/index.js';
import type { Locality } from './protocol/index.js';
import { EventBus } from './events/event-bus.js';
import { FamilyPresence } from './realtime/family-presence.js';
import { StaffPresence } from './realtime/staff-presence.js';
import { loadCatalogue, type Catalogue } from './resources/index.js';
import type { SafeguardingWebhookTarget } from './urgent-lane/index.js';
import { createSecurityContext, type SecurityContext } from './security/security-context.js';
import type { SecurityOptions } from './security/security-options.js';
import { loadPhraseBook, loadSafeguardingConfig, withSafeguardingModel, type PhraseBook, type SafeguardingConfig } from './safeguarding/index.js';
import { projectPath } from './project-root.js';
import { createTranslationRuntime, loadTranslationConfig, type TranslationRuntime } from './translations/index.js';
import { loadRetentionPolicy, type RetentionPolicy } from './retention/retention-policy.js';

/** Everything a verb needs, built once at start. Tests build their own with a temp database and clock. */
export interface AppContext {
  store: Store;
  /** The store's connection, for reads outside a transaction (store.db). */
  db: Tx;
  /** The clock. Verbs read time only from here so tests can fix it. */
  now: () => Date;
  flows: Map<string, FlowDefinition>;
  hubs: HubsConfig;
  districtLocalities: Record<string, Locality>;
  catalogue: Catalogue;
  phraseBook: PhraseBook;
  safeguarding: SafeguardingConfig;
  /** How long each kind of personal record is kept (config/retention.json). */
  retention: RetentionPolicy;
  /** What is served: the locale files with translators' pending changes laid over them. */
  locales: Resources;
  reviews: ReviewStates;
  /** The translators' workspace: the files as read at start, stored changes, four eyes and glossary. */
  translations: TranslationRuntime;
  bus: EventBus;
  presence: StaffPresence;
  families: FamilyPresence;
  /** Where enquiry events are delivered; unset means no webhook deliveries are queued. */
  webhook?: WebhookTarget;
  /** Where out-of-hours safeguarding alerts go; unset means none are queued. */
  safeguardingWebhook?: SafeguardingWebhookTarget;
  /** Trusted proxies, allowed hosts, session lifetimes and the per-process limiters. */
  security: SecurityContext;
  /** Which pages may embed the widget (CORS and the widget socket). */
  embedOrigins: EmbedOriginPolicy;
  /** JSON logs; never given a family's words, contact details or tokens. */
  log: Logger;
  readiness: Readiness;
}

export interface ContextOptions {
  databasePath: string;
  /** PostgreSQL instead of the SQLite file at databasePath (DATABASE_URL). */
  databaseUrl?: string;
  databasePoolMax?: number;
  now?: () => Date;
  webhook?: WebhookTarget;
  safeguardingWebhook?: SafeguardingWebhookTarget;
  security?: Partial<SecurityOptions>;
  /** EMBED_ORIGINS entries; unset means the development default (any local port). */
  embedOrigins?: readonly string[];
  log?: Logger;
}

const root = (path: string) => projectPath(path);

export async function createAppContext({ databasePath, databaseUrl, databasePoolMax, now = () => new Date(), webhook, safeguardingWebhook, security, embedOrigins = DEVELOPMENT_EMBED_ORIGINS, log = silentLogger() }: ContextOptions): Promise<AppContext> {
  const hubs = loadHubsConfig();
  const locales = loadLocales(root('locales'));
  const reviews = loadReviewStates(root('locales'));
  const store = databaseUrl
    ? await openPostgresStore(databaseUrl, { ...(databasePoolMax ? { poolMax: databasePoolMax } : {}), onIdleError: (error) => log.warn({ err: error.message }, 'idle database connection failed') })
    : openSqliteStore(databasePath);
  return {
    store,
    db: store.db,
    now,
    flows: loadFlows(root('flows')),
    hubs,
    districtLocalities: districtLocalities(hubs),
    catalogue: loadCatalogue(),
    phraseBook: withSafeguardingModel(loadPhraseBook(root('locales'))),
    safeguarding: loadSafeguardingConfig(),
    retention: loadRetentionPolicy(),
    locales,
    reviews,
    translations: createTranslationRuntime(loadTranslationConfig(), locales, reviews),
    bus: new EventBus(),
    presence: new StaffPresence(),
    families: new FamilyPresence(),
    security: createSecurityContext(security),
    ...(webhook ? { webhook } : {}),
    ...(safeguardingWebhook ? { safeguardingWebhook } : {}),
    embedOrigins: createEmbedOriginPolicy(embedOrigins),
    log,
    readiness: createReadiness(),
  };
}
