import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowing the inquirer:
 * - `inquirers`: one row per recognised person, holding no personal data (ids and times only);
 *   each inquiry names its person and how it was linked (`inquirer_match`: the keys that matched,
 *   or the adviser who linked it);
 * - `inquirer_keys`: the identity keys an inquiry carries (its email address, phone number, social
 *   account, a national identity or organisation number in its text), only as keyed hashes (HMAC
 *   under the deployment's secret), so matching compares hashes and a key is never kept in clear
 *   outside the inquiry itself;
 * - `inquirer_link_suggestions`: a quoted reference of ours (`IR-…`, `SD-…`) that names another
 *   person's contact, for an adviser to confirm or reject (quoting a reference alone never links);
 * - `inquirer_audit`: merges, splits, confirmed and rejected links, exports and erasures;
 * - `personal_data_reads`: who read which inquiry's personal data, when, through what;
 * - `inquiries.personal_data_erased_at`: when retention or an erasure removed its personal data,
 *   leaving the anonymous facts planning and reports use.
 */
export class Inquirers1733000120100 implements MigrationInterface {
  name = 'Inquirers1733000120100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inquirers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_contact_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX inquirers_last_contact_idx ON inquirers (last_contact_at)`);
    await q.query(`
      ALTER TABLE inquiries
        ADD COLUMN inquirer_id uuid REFERENCES inquirers (id) ON DELETE SET NULL,
        ADD COLUMN inquirer_match jsonb,
        ADD COLUMN personal_data_erased_at timestamptz`);
    await q.query(`CREATE INDEX inquiries_inquirer_idx ON inquiries (inquirer_id, received_at DESC) WHERE inquirer_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE inquirer_keys (
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('email', 'phone', 'social', 'national-id', 'organisation-number')),
        key_hash text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        PRIMARY KEY (inquiry_id, kind, key_hash)
      )`);
    await q.query(`CREATE INDEX inquirer_keys_hash_idx ON inquirer_keys (key_hash)`);
    await q.query(`
      CREATE TABLE inquirer_link_suggestions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        reference text NOT NULL,
        referenced_inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'rejected')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by text,
        decided_at timestamptz,
        UNIQUE (inquiry_id, referenced_inquiry_id)
      )`);
    await q.query(`CREATE INDEX inquirer_link_suggestions_open_idx ON inquirer_link_suggestions (inquiry_id) WHERE status = 'open'`);
    await q.query(`
      CREATE TABLE inquirer_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL CHECK (action IN ('merged', 'split', 'link-confirmed', 'link-rejected', 'exported', 'erased')),
        inquirer_id uuid,
        inquiry_id text,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX inquirer_audit_inquirer_idx ON inquirer_audit (inquirer_id, at DESC)`);
    await q.query(`
      CREATE TABLE personal_data_reads (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        roles text[] NOT NULL,
        inquiry_id text NOT NULL,
        inquirer_id uuid,
        via text NOT NULL
      )`);
    await q.query(`CREATE INDEX personal_data_reads_inquirer_idx ON personal_data_reads (inquirer_id, at DESC)`);
    await q.query(`CREATE INDEX personal_data_reads_inquiry_idx ON personal_data_reads (inquiry_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personal_data_reads`);
    await q.query(`DROP TABLE inquirer_audit`);
    await q.query(`DROP TABLE inquirer_link_suggestions`);
    await q.query(`DROP TABLE inquirer_keys`);
    await q.query(`ALTER TABLE inquiries DROP COLUMN personal_data_erased_at, DROP COLUMN inquirer_match, DROP COLUMN inquirer_id`);
    await q.query(`DROP TABLE inquirers`);
  }
}
