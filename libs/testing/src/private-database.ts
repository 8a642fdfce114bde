import { Client } from 'pg';

/**
 * A Postgres database of one test file's own, beside the shared test database: for tests that
 * change global state (the active policy, the active text model) that other files' apps read.
 * The caller migrates it (a TestPipeline asked for a private database does); `drop` removes it,
 * closing what is still connected.
 */
export function privateDatabase(sharedUrl: string, name: string): { url: string; drop(): Promise<void> } {
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
