import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, ensureDatabase } from '@inquiry-router/persistence';
import { assertTestDatabase, testDatabaseUrl } from './test-env';

/**
 * A Postgres database of one test file's own, beside the shared test database: for tests that
 * change global state (the active policy, the active text model) that other files' apps read.
 * The caller migrates it (a TestPipeline asked for a private database does); `drop` removes it,
 * closing what is still connected.
 */
export interface PrivateDatabase {
  url: string;
  drop(): Promise<void>;
}

export function privateDatabase(sharedUrl: string, name: string): PrivateDatabase {
  const url = new URL(sharedUrl);
  // Named after the shared database, so runs with different TEST_DATABASE_URLs never share one.
  url.pathname = `${url.pathname}_${name}`;
  return {
    url: url.toString(),
    async drop(): Promise<void> {
      const admin = new URL(sharedUrl);
      admin.pathname = '/postgres';
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Makes a private database of the shared test database afresh (whatever an earlier run left is
 * dropped), migrates it to the latest schema and opens it as `applicationName`: for tests that
 * write the rows they read.
 */
export async function migratedAfresh(database: PrivateDatabase, applicationName: string): Promise<DataSource> {
  assertTestDatabase(testDatabaseUrl);
  await database.drop();
  await ensureDatabase(database.url);
  const db = await createDataSource(database.url, { poolSize: 2, applicationName }).initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}
