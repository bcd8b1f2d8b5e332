export { openSqliteStore } from './open-sqlite-store.js';
export { openPostgresStore } from './open-postgres-store.js';
export { firstRow, type Dialect, type Store, type Tx } from './store.js';
export * as tables from './schema.js';
export { dialect, jsonField, rawRows, serialiseOn, skipLocked } from './dialect.js';
export { orderedId, orderedUuid } from './ordered-id.js';
export { measureWorkTime } from './work-time.js';
