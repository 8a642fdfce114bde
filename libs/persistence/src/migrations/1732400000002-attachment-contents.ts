import { MigrationInterface, QueryRunner } from 'typeorm';

/** Attachment content lives here, never on Kafka; the inquiry carries only metadata and a reference. */
export class AttachmentContents1732400000002 implements MigrationInterface {
  name = 'AttachmentContents1732400000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment_contents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inquiry_id text NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        size int NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (inquiry_id, sha256, filename)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment_contents`);
  }
}
