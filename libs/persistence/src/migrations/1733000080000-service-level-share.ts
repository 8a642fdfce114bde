import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service-level target says what share must meet it ("80 % within 60 s"), which staffing plans
 * for. Existing rows take the library's defaults (`DefaultServiceLevelTargets`): 90 % for email,
 * 80 % for every other channel. `numeric`, so 0.9 reads back as 0.9.
 */
export class ServiceLevelShare1733000080000 implements MigrationInterface {
  name = 'ServiceLevelShare1733000080000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_level_targets
      ADD COLUMN share numeric(4, 3) NOT NULL DEFAULT 0.8 CHECK (share > 0 AND share <= 1)`);
    await q.query(`UPDATE service_level_targets SET share = 0.9 WHERE channel = 'email'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_level_targets DROP COLUMN share`);
  }
}
