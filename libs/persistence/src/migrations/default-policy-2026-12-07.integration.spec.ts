// Integration: releasing default policy 2026-12-07.1 on real Postgres, in databases of this file's
// own: where the seeded default was still in force the new one takes over (and the way back returns
// to it); where an operator had published a version, theirs stays in force. Uses Postgres only.
import { DataSource } from 'typeorm';
import { defaultPolicy } from '@inquiry-router/classification';
import { privateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { DefaultPolicy20261207_1733000160000 } from './1733000160000-default-policy-2026-12-07';
import { databaseJustBefore } from './testing/database-just-before';

const Earlier = '2026-12-05.1';

/** The versions, oldest first, with who published them and which is in force. */
const versions = (db: DataSource) =>
  db.query<{ version: string; publishedBy: string; isActive: boolean }[]>(
    `SELECT version, published_by AS "publishedBy", is_active AS "isActive" FROM policy_versions ORDER BY published_at, version`,
  );

const opened: { db: DataSource; drop: () => Promise<unknown> }[] = [];
afterAll(async () => {
  for (const { db, drop } of opened) {
    await db.destroy();
    await drop();
  }
});

/** A database as an installation stood before this release: the earlier default in force, seeded, with `also` stored beside it. */
async function installedBefore(name: string, also: (before: DataSource) => Promise<unknown> = async () => {}): Promise<DataSource> {
  const database = privateDatabase(testDatabaseUrl, name);
  const db = await databaseJustBefore(database, DefaultPolicy20261207_1733000160000, async (before) => {
    // A database made today was seeded with today's default; it stands for the earlier one here.
    await before.query(`UPDATE policy_versions SET version = $1, published_at = now() - interval '2 days' WHERE version = $2`, [
      Earlier,
      defaultPolicy.version,
    ]);
    await also(before);
  });
  opened.push({ db, drop: () => database.drop() });
  return db;
}

describe('DefaultPolicy20261207_1733000160000: the welfare words policy released', () => {
  it('takes over from the seeded default still in force, and the way back returns to it', async () => {
    const db = await installedBefore('default_policy_20261207_seeded');
    expect((await db.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['DefaultPolicy20261207_1733000160000']);
    expect(await versions(db)).toEqual([
      { version: Earlier, publishedBy: 'seed', isActive: false },
      { version: defaultPolicy.version, publishedBy: 'seed', isActive: true },
    ]);
    const [{ document }] = await db.query<{ document: typeof defaultPolicy }[]>(`SELECT document FROM policy_versions WHERE is_active`);
    expect(document.agencies.find((a) => a.code === 'nav')?.vocabulary.strong).toContain('sykepeng*');

    await db.undoLastMigration({ transaction: 'each' });
    expect(await versions(db)).toEqual([{ version: Earlier, publishedBy: 'seed', isActive: true }]);
  }, 60_000);

  it('leaves a version an operator published in force, the new default beside it to adopt', async () => {
    const db = await installedBefore('default_policy_20261207_operator', async (before) => {
      await before.query(`UPDATE policy_versions SET is_active = false`);
      await before.query(
        `INSERT INTO policy_versions (version, document, is_active, published_by, published_at) VALUES ('ours.1', $1, true, 'operator', now() - interval '1 day')`,
        [JSON.stringify({ ...defaultPolicy, version: 'ours.1' })],
      );
    });
    await db.runMigrations({ transaction: 'each' });
    expect(await versions(db)).toEqual([
      { version: Earlier, publishedBy: 'seed', isActive: false },
      { version: 'ours.1', publishedBy: 'operator', isActive: true },
      { version: defaultPolicy.version, publishedBy: 'seed', isActive: false },
    ]);
  }, 60_000);
});
