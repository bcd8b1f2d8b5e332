import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL twin of drizzle.config.ts; `npm run db:generate` runs both. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/postgres/schema.ts',
  out: './server/db/postgres/migrations',
});
