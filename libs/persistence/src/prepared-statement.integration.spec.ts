// Integration: named prepared statements on the shared test database (real Postgres only).
import type { DataSource } from 'typeorm';
import { testDatabaseUrl } from '@inquiry-router/testing';
import { createDataSource } from './data-source';
import { PreparedStatement } from './prepared-statement';

describe('a prepared statement', () => {
  let db: DataSource;

  beforeAll(async () => {
    // One connection, so every statement below meets the same session and what it prepared.
    db = await createDataSource(testDatabaseUrl, { poolSize: 1, applicationName: 'test' }).initialize();
  });

  afterAll(async () => {
    await db?.destroy();
  });

  const prepared = async (): Promise<string[]> => {
    const rows = await db.query<{ name: string }[]>(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'test-label-%' ORDER BY name`);
    return rows.map((r) => r.name);
  };

  it('is prepared once on a connection and answers with the values bound each time', async () => {
    const double = new PreparedStatement('test-label', 'SELECT $1::int * 2 AS doubled');
    expect(await double.rows<{ doubled: number }>(db, [2])).toEqual([{ doubled: 4 }]);
    expect(await double.rows<{ doubled: number }>(db, [21])).toEqual([{ doubled: 42 }]);
    expect(await prepared()).toHaveLength(1);
  });

  it('is another statement when its text differs under the same label, never a clash', async () => {
    const triple = new PreparedStatement('test-label', 'SELECT $1::int * 3 AS tripled');
    expect(await triple.rows<{ tripled: number }>(db, [2])).toEqual([{ tripled: 6 }]);
    expect(await prepared()).toHaveLength(2);
  });

  it('parses dates as the rest of the persistence does', async () => {
    const at = new PreparedStatement('test-label', 'SELECT $1::timestamptz AS at');
    const [row] = await at.rows<{ at: Date }>(db, [new Date('2026-12-06T10:00:00Z')]);
    expect(row.at).toEqual(new Date('2026-12-06T10:00:00Z'));
  });
});
