import { MigrationInterface, QueryRunner } from 'typeorm';
import { defaultPolicy } from '@inquiry-router/classification';

/**
 * Publishes the project's current default policy (2026-12-05.1: the repeat-contact rule and the
 * second line's broader text signals) and makes it the active version where the active one is
 * still a seeded default nobody changed; a version an operator published stays in force, and the
 * new default waits beside it for them to adopt.
 */
export class DefaultPolicy20261205_1733000120000 implements MigrationInterface {
  name = 'DefaultPolicy20261205_1733000120000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO policy_versions (version, document, is_active, published_by) VALUES ($1, $2, false, 'seed')
       ON CONFLICT (version) DO NOTHING`,
      [defaultPolicy.version, JSON.stringify(defaultPolicy)],
    );
    const [active] = (await q.query(`SELECT version, published_by FROM policy_versions WHERE is_active`)) as {
      version: string;
      published_by: string;
    }[];
    if (active && active.published_by === 'seed' && active.version !== defaultPolicy.version) {
      await q.query(`UPDATE policy_versions SET is_active = false WHERE is_active`);
      await q.query(`UPDATE policy_versions SET is_active = true WHERE version = $1`, [defaultPolicy.version]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const [row] = (await q.query(`SELECT is_active FROM policy_versions WHERE version = $1 AND published_by = 'seed'`, [
      defaultPolicy.version,
    ])) as { is_active: boolean }[];
    if (!row) return;
    await q.query(`DELETE FROM policy_versions WHERE version = $1`, [defaultPolicy.version]);
    if (row.is_active) {
      // Back to the newest other seeded default.
      await q.query(
        `UPDATE policy_versions SET is_active = true
          WHERE version = (SELECT version FROM policy_versions WHERE published_by = 'seed' ORDER BY published_at DESC LIMIT 1)`,
      );
    }
  }
}
