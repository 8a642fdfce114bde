import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mark on what `npm run history:generate` wrote (a realistic past of inquiries, and the extended
 * hours of its deadline eves), so generated rows can be told from real ones and removed; their
 * decisions and history go with the inquiries (ON DELETE CASCADE).
 */
export class GeneratedHistory1733000090001 implements MigrationInterface {
  name = 'GeneratedHistory1733000090001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inquiries ADD COLUMN generated boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX inquiries_generated_idx ON inquiries (received_at) WHERE generated`);
    await q.query(`ALTER TABLE opening_exceptions ADD COLUMN generated boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM opening_exceptions WHERE generated`);
    await q.query(`ALTER TABLE opening_exceptions DROP COLUMN generated`);
    await q.query(`DELETE FROM inquiries WHERE generated`);
    await q.query(`DROP INDEX inquiries_generated_idx`);
    await q.query(`ALTER TABLE inquiries DROP COLUMN generated`);
  }
}
