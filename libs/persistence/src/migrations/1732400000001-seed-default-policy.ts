import { MigrationInterface, QueryRunner } from 'typeorm';
import { defaultPolicy } from '@inquiry-router/classification';

/**
 * Seeds the default routing policy (the eight default agency agreements, thresholds and contact
 * points) from the data file in libs/classification, as the active version, unless one exists.
 */
export class SeedDefaultPolicy1732400000001 implements MigrationInterface {
  name = 'SeedDefaultPolicy1732400000001';

  async up(q: QueryRunner): Promise<void> {
    const active = (await q.query(`SELECT 1 FROM policy_versions WHERE is_active`)) as unknown[];
    await q.query(
      `INSERT INTO policy_versions (version, document, is_active, published_by) VALUES ($1, $2, $3, 'seed')
       ON CONFLICT (version) DO NOTHING`,
      [defaultPolicy.version, JSON.stringify(defaultPolicy), active.length === 0],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM policy_versions WHERE version = $1 AND published_by = 'seed'`, [defaultPolicy.version]);
  }
}
