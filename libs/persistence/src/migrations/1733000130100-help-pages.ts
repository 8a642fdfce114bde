import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue of the portal's help pages that editors keep: each page's address (one row per
 * address), title, language, keywords and the inquiry categories (topics) it is written for, and
 * who made and last changed it. The help-page report reads contacts by when they came, so the
 * inquiries get an index on `received_at`.
 */
export class HelpPages1733000130100 implements MigrationInterface {
  name = 'HelpPages1733000130100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE help_pages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL UNIQUE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        language text NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
        keywords text[] NOT NULL DEFAULT '{}',
        topics text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await q.query(`CREATE INDEX inquiries_received_idx ON inquiries (received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inquiries_received_idx`);
    await q.query(`DROP TABLE help_pages`);
  }
}
