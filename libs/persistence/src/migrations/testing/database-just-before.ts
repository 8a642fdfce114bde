import { DataSource } from 'typeorm';
import { assertTestDatabase, type PrivateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { ensureDatabase, entities, migrations } from '../../data-source';

/**
 * `database`, made afresh, with the schema as it stood just before `migration` and what `seed` stored
 * in that schema; returned open, knowing the migrations up to `migration` and no further, so later
 * ones neither run here nor are the ones undone. Running `migration` is left to the test.
 */
export async function databaseJustBefore(
  database: PrivateDatabase,
  migration: (typeof migrations)[number],
  seed: (before: DataSource) => Promise<unknown>,
): Promise<DataSource> {
  assertTestDatabase(testDatabaseUrl);
  await database.drop();
  await ensureDatabase(database.url);
  const upTo = migrations.indexOf(migration);
  if (upTo < 0) throw new Error(`${migration.name} is not among the migrations`);
  const before = new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: migrations.slice(0, upTo),
    migrationsTableName: 'schema_migrations',
  });
  await before.initialize();
  await before.runMigrations({ transaction: 'each' });
  await seed(before);
  await before.destroy();
  return new DataSource({
    type: 'postgres',
    url: database.url,
    entities,
    migrations: migrations.slice(0, upTo + 1),
    migrationsTableName: 'schema_migrations',
  }).initialize();
}
