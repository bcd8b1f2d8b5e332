/**
 * The tables the domain verbs query, for this process's dialect (see dialect.ts). The SQLite schema
 * is the source of truth for their TypeScript shapes.
 */
export * from './schema.js';
