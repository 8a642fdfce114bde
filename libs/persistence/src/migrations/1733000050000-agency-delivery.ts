import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agency delivery: each agency's delivery settings (a Standard Webhooks endpoint with its
 * `whsec_` secret and/or a support mailbox), and the delivery ledger grown into a record of each
 * delivery's attempts, its outcome, and the agency's acknowledgement and answer.
 * `available`: the agency has no webhook or mailbox; it reads the inquiry through the agency API.
 */
export class AgencyDelivery1733000050000 implements MigrationInterface {
  name = 'AgencyDelivery1733000050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_endpoints (
        agency text PRIMARY KEY,
        webhook_url text,
        webhook_secret text,
        mailbox text,
        enabled boolean NOT NULL DEFAULT true,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A webhook is never called unsigned.
        CHECK (webhook_url IS NULL OR webhook_secret IS NOT NULL)
      )`);
    await q.query(`
      ALTER TABLE agency_deliveries
        ADD COLUMN delivery_id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN done_channels text[] NOT NULL DEFAULT '{}',
        ADD COLUMN first_attempt_at timestamptz,
        ADD COLUMN last_attempt_at timestamptz,
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN delivered_at timestamptz,
        ADD COLUMN failed_at timestamptz,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN acknowledged_by text,
        ADD COLUMN answered_at timestamptz,
        ADD COLUMN answered_by text`);
    await q.query(`ALTER TABLE agency_deliveries DROP CONSTRAINT agency_deliveries_status_check`);
    await q.query(
      `ALTER TABLE agency_deliveries ADD CONSTRAINT agency_deliveries_status_check CHECK (status IN ('pending', 'delivered', 'available', 'failed'))`,
    );
    await q.query(`CREATE UNIQUE INDEX agency_deliveries_delivery_id_idx ON agency_deliveries (delivery_id)`);
    await q.query(`CREATE INDEX agency_deliveries_status_idx ON agency_deliveries (status, recorded_at DESC)`);
    await q.query(`CREATE INDEX inquiries_agency_status_idx ON inquiries (agency, status) WHERE agency IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS inquiries_agency_status_idx`);
    await q.query(`DROP INDEX IF EXISTS agency_deliveries_status_idx`);
    await q.query(`DROP INDEX IF EXISTS agency_deliveries_delivery_id_idx`);
    await q.query(`DELETE FROM agency_deliveries WHERE status = 'available'`);
    await q.query(`ALTER TABLE agency_deliveries DROP CONSTRAINT agency_deliveries_status_check`);
    await q.query(
      `ALTER TABLE agency_deliveries ADD CONSTRAINT agency_deliveries_status_check CHECK (status IN ('pending', 'delivered', 'failed'))`,
    );
    await q.query(`
      ALTER TABLE agency_deliveries
        DROP COLUMN delivery_id, DROP COLUMN done_channels, DROP COLUMN first_attempt_at, DROP COLUMN last_attempt_at,
        DROP COLUMN next_attempt_at, DROP COLUMN delivered_at, DROP COLUMN failed_at, DROP COLUMN acknowledged_at,
        DROP COLUMN acknowledged_by, DROP COLUMN answered_at, DROP COLUMN answered_by`);
    await q.query(`DROP TABLE agency_endpoints`);
  }
}
