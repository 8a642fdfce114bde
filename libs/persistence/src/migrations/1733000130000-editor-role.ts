import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `editor` joins the roles: those who keep the portal's help pages and the shared answer templates,
 * and mark which page was written or changed for what people ask.
 */
export class EditorRole1733000130000 implements MigrationInterface {
  name = 'EditorRole1733000130000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users DROP CONSTRAINT users_roles_known,
        ADD CONSTRAINT users_roles_known CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['adviser', 'supervisor', 'agency', 'admin', 'operator', 'editor'])`);
  }

  async down(q: QueryRunner): Promise<void> {
    const editors = (await q.query(`SELECT username FROM users WHERE 'editor' = ANY (roles)`)) as { username: string }[];
    if (editors.length > 0) {
      throw new Error(`cannot remove the editor role: ${editors.length} user(s) hold it; remove it from them first`);
    }
    await q.query(`
      ALTER TABLE users DROP CONSTRAINT users_roles_known,
        ADD CONSTRAINT users_roles_known CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['adviser', 'supervisor', 'agency', 'admin', 'operator'])`);
  }
}
