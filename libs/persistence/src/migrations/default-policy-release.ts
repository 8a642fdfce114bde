import type { QueryRunner } from 'typeorm';
import { defaultPolicy } from '@inquiry-router/classification';

/**
 * Publishes the project's current default policy, and makes it the active version where the active
 * one is still a seeded default nobody changed; a version an operator published stays in force, and
 * the new default waits beside it for them to adopt. A migration per default the project releases
 * calls this, so an installation that never touched the policy follows the project's.
 */
export async function releaseDefaultPolicy(q: QueryRunner): Promise<void> {
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

/** The way back: removes the current default as released, and if it was in force, the newest other seeded default is. */
export async function withdrawDefaultPolicy(q: QueryRunner): Promise<void> {
  const [row] = (await q.query(`SELECT is_active FROM policy_versions WHERE version = $1 AND published_by = 'seed'`, [
    defaultPolicy.version,
  ])) as { is_active: boolean }[];
  if (!row) return;
  await q.query(`DELETE FROM policy_versions WHERE version = $1`, [defaultPolicy.version]);
  if (row.is_active) {
    await q.query(
      `UPDATE policy_versions SET is_active = true
        WHERE version = (SELECT version FROM policy_versions WHERE published_by = 'seed' ORDER BY published_at DESC LIMIT 1)`,
    );
  }
}
