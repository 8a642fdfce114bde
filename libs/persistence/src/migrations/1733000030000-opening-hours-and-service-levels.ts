import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opening-hours exceptions ordered by supervisors (extended hours, closures), service-level
 * targets per queue and channel (policy data, seeded with the defaults), and each inquiry's due
 * time, warning time and whether its warning and breach were announced (once each).
 */
export class OpeningHoursAndServiceLevels1733000030000 implements MigrationInterface {
  name = 'OpeningHoursAndServiceLevels1733000030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE opening_exceptions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      date date NOT NULL,
      opens text,
      closes text,
      kind text NOT NULL CHECK (kind IN ('extended', 'closed')),
      reason text NOT NULL,
      ordered_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind = 'closed' OR (opens IS NOT NULL AND closes IS NOT NULL)),
      CHECK ((opens IS NULL) = (closes IS NULL))
    )`);
    await q.query(`CREATE INDEX opening_exceptions_date_idx ON opening_exceptions (date)`);

    await q.query(`CREATE TABLE service_level_targets (
      queue text NOT NULL,
      channel text NOT NULL,
      within numeric NOT NULL CHECK (within > 0),
      unit text NOT NULL CHECK (unit IN ('seconds', 'opening-hours', 'working-days')),
      warn_fraction real NOT NULL DEFAULT 0.2 CHECK (warn_fraction >= 0 AND warn_fraction < 1),
      PRIMARY KEY (queue, channel)
    )`);
    await q.query(`INSERT INTO service_level_targets (queue, channel, within, unit, warn_fraction) VALUES
      ('*', 'phone', 60, 'seconds', 0.2),
      ('*', 'social', 4, 'opening-hours', 0.2),
      ('*', 'email', 2, 'working-days', 0.2)`);

    await q.query(`ALTER TABLE inquiries
      ADD COLUMN due_at timestamptz,
      ADD COLUMN sla_target text,
      ADD COLUMN sla_warn_at timestamptz,
      ADD COLUMN sla_warned_at timestamptz,
      ADD COLUMN sla_breached_at timestamptz`);
    // What the periodic check reads: waiting inquiries not yet breached, by warning time.
    await q.query(`CREATE INDEX inquiries_sla_watch_idx ON inquiries (sla_warn_at) WHERE status = 'queued' AND sla_breached_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inquiries_sla_watch_idx`);
    await q.query(
      `ALTER TABLE inquiries DROP COLUMN due_at, DROP COLUMN sla_target, DROP COLUMN sla_warn_at, DROP COLUMN sla_warned_at, DROP COLUMN sla_breached_at`,
    );
    await q.query(`DROP TABLE service_level_targets`);
    await q.query(`DROP TABLE opening_exceptions`);
  }
}
