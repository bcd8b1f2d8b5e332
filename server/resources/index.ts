/** Getting Advice resources: the checked catalogue and the matcher that ranks it for a family. */
export { Catalogue, CatalogueEntry, DELIVERY_MODES, EntrySource, OpeningSlot, WEEKDAYS, type DeliveryMode, type Weekday } from './catalogue-schema.js';
export { CatalogueError, parseCatalogue } from './parse-catalogue.js';
export { loadCatalogue } from './load-catalogue.js';
export { matchResources, toResourceCard, type ResourceMatch } from './match-resources.js';
export type { ResourceQuery } from './resource-query.js';
export { entryUnits, type EntryUnits } from './entry-units.js';
export { createDirectoryIndex, searchTokens, type DirectoryFilters, type DirectoryIndex } from './directory-index.js';
