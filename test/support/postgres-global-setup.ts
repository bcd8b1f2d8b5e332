import type { TestProject } from 'vitest/node';
import { createTemplateDatabase, startPostgresCluster } from './postgres-cluster.js';

/** What the PostgreSQL test project's workers receive (see test/support/postgres-test-database.ts). */
export interface ProvidedPostgres {
  adminUrl: string;
  /** A migrated template to clone test databases from. */
  template: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

/**
 * One throwaway PostgreSQL per `vitest run` of the postgres project, stopped and deleted at the end.
 * Missing PostgreSQL programs fail the run with the install hint: the tests were asked for, so
 * skipping them would report a green run that tested nothing.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  try {
    const template = await createTemplateDatabase(cluster.adminUrl);
    project.provide('postgres', { adminUrl: cluster.adminUrl, template });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return () => cluster.stop();
}
