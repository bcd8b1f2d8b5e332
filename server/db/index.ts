export { openDatabase, type Db } from './open-database.js';
export * as tables from './schema.js';
