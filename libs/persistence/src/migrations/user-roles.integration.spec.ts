// Integration: the user-roles migration on real Postgres, in a database of this file's own (migrated
// here step by step, and back). Uses Postgres only.
import { DataSource } from 'typeorm';
import { privateDatabase, testDatabaseUrl } from '@inquiry-router/testing';
import { UserRepository } from '../repositories/user.repository';
import { UserRoles1733000110000 } from './1733000110000-user-roles';
import { databaseJustBefore } from './testing/database-just-before';

describe('UserRoles1733000110000: a user holds a list of roles', () => {
  const database = privateDatabase(testDatabaseUrl, 'user_roles');
  let db: DataSource;
  const insert = (username: string, roles: string[], agency: string | null = null) =>
    db.query(`INSERT INTO users (username, password_hash, roles, agency) VALUES ($1, 'x', $2, $3)`, [username, roles, agency]);
  const rolesOf = async () =>
    Object.fromEntries(
      (await db.query<{ username: string; roles: string[] }[]>(`SELECT username, roles FROM users ORDER BY username`)).map((u) => [
        u.username,
        u.roles,
      ]),
    );

  beforeAll(async () => {
    // The schema as it stood before: one role a user.
    db = await databaseJustBefore(database, UserRoles1733000110000, (before) =>
      before.query(
        `INSERT INTO users (username, password_hash, role, agency) VALUES
         ('kari', 'x', 'adviser', null), ('per', 'x', 'supervisor', null), ('root', 'x', 'admin', null), ('skd', 'x', 'agency', 'skd')`,
      ),
    );
    expect((await db.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['UserRoles1733000110000']);
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await database.drop();
  });

  it('gives every user their one role as a list, and keeps the agency code', async () => {
    expect(await rolesOf()).toEqual({ kari: ['adviser'], per: ['supervisor'], root: ['admin'], skd: ['agency'] });
    expect(await db.query(`SELECT agency FROM users WHERE username = 'skd'`)).toEqual([{ agency: 'skd' }]);
    expect(await db.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'role'`)).toEqual([]);
  });

  it('takes several roles, operator among them, and refuses none, unknown ones, and agency beside another', async () => {
    await insert('ola', ['supervisor', 'operator']);
    await insert('drift', ['operator']);
    await expect(insert('nobody', [])).rejects.toThrow(/users_roles_known/);
    await expect(insert('owner', ['owner'])).rejects.toThrow(/users_roles_known/);
    await expect(db.query(`INSERT INTO users (username, password_hash, roles) VALUES ('nil', 'x', NULL)`)).rejects.toThrow(/null/);
    await expect(insert('mixed', ['agency', 'adviser'], 'skd')).rejects.toThrow(/users_agency_alone/);
    await expect(insert('lost', ['agency'])).rejects.toThrow(/users_agency_code/);
    await expect(insert('stray', ['operator'], 'nav')).rejects.toThrow(/users_agency_code/);
    expect(await rolesOf()).toMatchObject({ ola: ['supervisor', 'operator'], drift: ['operator'] });
  });

  it('is what the user repository writes and reads', async () => {
    const users = new UserRepository(db);
    await users.upsert({ username: 'kari', passwordHash: 'y', roles: ['adviser', 'operator'] });
    expect(await users.findByUsername('kari')).toMatchObject({ username: 'kari', roles: ['adviser', 'operator'], agency: null });
    await users.upsert({ username: 'nav', passwordHash: 'y', roles: ['agency'], agency: 'nav' });
    expect(await users.findByUsername('nav')).toMatchObject({ roles: ['agency'], agency: 'nav' });
  });

  it('goes back to one role a user, the one that may do most, but not while a user holds only roles that did not exist', async () => {
    await expect(db.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/operator/);
    expect(await rolesOf()).toMatchObject({ drift: ['operator'] });
    await db.query(`DELETE FROM users WHERE username = 'drift'`);
    await db.undoLastMigration({ transaction: 'each' });
    const rows = await db.query<Record<string, unknown>[]>(`SELECT username, role, agency FROM users ORDER BY username`);
    expect(rows).toEqual([
      { username: 'kari', role: 'adviser', agency: null },
      { username: 'nav', role: 'agency', agency: 'nav' },
      { username: 'ola', role: 'supervisor', agency: null },
      { username: 'per', role: 'supervisor', agency: null },
      { username: 'root', role: 'admin', agency: null },
      { username: 'skd', role: 'agency', agency: 'skd' },
    ]);
    await expect(db.query(`INSERT INTO users (username, password_hash, role) VALUES ('x', 'x', 'operator')`)).rejects.toThrow(
      /users_role_check/,
    );
    await expect(db.query(`INSERT INTO users (username, password_hash, role) VALUES ('x', 'x', 'agency')`)).rejects.toThrow(/users_check/);
    // And forward again, as a redeploy would.
    expect((await db.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['UserRoles1733000110000']);
    expect(await rolesOf()).toMatchObject({ kari: ['adviser'], ola: ['supervisor'], skd: ['agency'] });
  });
});
