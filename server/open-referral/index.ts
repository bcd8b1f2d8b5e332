/** Open Referral UK (HSDS 3.0 UK profile): the schema, our directory as ORUK, and imports from ORUK feeds. */
export * from './oruk-schema.js';
export { frontDoorTaxonomies, NEEDS_TAXONOMY_ID, DELIVERY_TAXONOMY_ID, needTermId, deliveryTermId } from './front-door-taxonomies.js';
export { toOrukService, toOrukServiceSummary, orukServiceId, type OrukLabels } from './to-oruk-service.js';
export { fromOrukService, type ImportSettings, type ImportedService } from './from-oruk-service.js';
export { readOrukFeed, parseOrukFeed, dropNulls, FEED_LIMITS, type FeedRead } from './read-oruk-feed.js';
export { mergeFeed, importIntoCatalogueFile, type ImportReport } from './import-directory.js';
export { defaultImportSettings } from './default-import-settings.js';
export { loadTermMapping, TermMapping } from './term-mapping.js';
export { staleEntries, isStale } from './stale-entries.js';
export { ServicesQuery, queryServices, paginate, type Paged } from './services-query.js';
export { directoryView, type DirectoryView } from './directory-view.js';
