import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Updates advisers must take in (a new agreement version, a changed procedure, an active incident),
 * the categories and queues they are about, whether claiming there waits for the confirmation, and
 * who confirmed when.
 */
export class AdviserUpdates1733000130310 implements MigrationInterface {
  name = 'AdviserUpdates1733000130310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE adviser_updates (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('agreement-version', 'procedure', 'incident')),
        title text NOT NULL,
        body text NOT NULL,
        categories text[] NOT NULL DEFAULT '{}',
        queues text[] NOT NULL DEFAULT '{}',
        required_before_claiming boolean NOT NULL DEFAULT false,
        agreement_version text,
        incident_id text,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE adviser_update_confirmations (
        update_id uuid NOT NULL REFERENCES adviser_updates(id) ON DELETE CASCADE,
        adviser text NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (update_id, adviser)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE adviser_update_confirmations`);
    await q.query(`DROP TABLE adviser_updates`);
  }
}
