import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user may hold several roles (a supervisor who is also an operator), so `users.role` becomes
 * the list `users.roles`. Never empty; `agency` is held alone, with the agency it acts for, as
 * the tokens carry it. `operator` joins the roles: the portal's operations staff.
 */
export class UserRoles1733000110000 implements MigrationInterface {
  name = 'UserRoles1733000110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN roles text[]`);
    await q.query(`UPDATE users SET roles = ARRAY[role]`);
    await q.query(`ALTER TABLE users ALTER COLUMN roles SET NOT NULL`);
    await q.query(`
      ALTER TABLE users
        ADD CONSTRAINT users_roles_known CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['adviser', 'supervisor', 'agency', 'admin', 'operator']),
        ADD CONSTRAINT users_agency_alone CHECK (NOT 'agency' = ANY (roles) OR roles = ARRAY['agency']),
        ADD CONSTRAINT users_agency_code CHECK (('agency' = ANY (roles)) = (agency IS NOT NULL))`);
    // Takes the column's own checks (known role; agency code with the agency role) with it.
    await q.query(`ALTER TABLE users DROP COLUMN role`);
  }

  async down(q: QueryRunner): Promise<void> {
    // One role each again: of several, the one that may do most; operators had no role before.
    const unplaceable = (await q.query(
      `SELECT username FROM users WHERE NOT roles && ARRAY['adviser', 'supervisor', 'agency', 'admin']`,
    )) as { username: string }[];
    if (unplaceable.length > 0) {
      throw new Error(
        `cannot go back to one role a user: ${unplaceable.length} user(s) hold only roles that did not exist before (operator); remove them first`,
      );
    }
    await q.query(`ALTER TABLE users ADD COLUMN role text`);
    await q.query(`
      UPDATE users SET role = CASE
        WHEN 'admin' = ANY (roles) THEN 'admin'
        WHEN 'supervisor' = ANY (roles) THEN 'supervisor'
        WHEN 'agency' = ANY (roles) THEN 'agency'
        ELSE 'adviser'
      END`);
    await q.query(`ALTER TABLE users ALTER COLUMN role SET NOT NULL`);
    await q.query(`
      ALTER TABLE users
        ADD CONSTRAINT users_role_check CHECK (role IN ('adviser', 'supervisor', 'agency', 'admin')),
        ADD CONSTRAINT users_check CHECK ((role = 'agency') = (agency IS NOT NULL))`);
    await q.query(`ALTER TABLE users DROP COLUMN roles`);
  }
}
