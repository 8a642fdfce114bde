import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service desk's cases: one per conversation (thread) sent to the service desk, followed
 * through its lifecycle until closed. A closed case frees its thread, so a later servicedesk
 * inquiry in the same conversation opens a new case. `last_update_at` is what the owner's
 * reminder counts from; `reminded_at` keeps the reminder to once per period.
 */
export class ServiceDeskCases1733000040000 implements MigrationInterface {
  name = 'ServiceDeskCases1733000040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE case_number_seq START 1`);
    await q.query(`CREATE TABLE cases (
      id text PRIMARY KEY DEFAULT ('SD-' || lpad(nextval('case_number_seq')::text, 5, '0')),
      inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
      thread_id text NOT NULL,
      type text NOT NULL CHECK (type IN ('support', 'feil', 'bestilling')),
      status text NOT NULL CHECK (status IN ('registered', 'in-progress', 'waiting-reporter', 'waiting-supplier', 'resolved', 'closed')),
      owner text,
      language text NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      last_update_at timestamptz NOT NULL DEFAULT now(),
      reminded_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX cases_one_open_per_thread ON cases (thread_id) WHERE status <> 'closed'`);
    await q.query(`CREATE INDEX cases_inquiry_idx ON cases (inquiry_id)`);
    await q.query(`CREATE INDEX cases_followed_idx ON cases (last_update_at) WHERE status NOT IN ('resolved', 'closed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cases`);
    await q.query(`DROP SEQUENCE case_number_seq`);
  }
}
