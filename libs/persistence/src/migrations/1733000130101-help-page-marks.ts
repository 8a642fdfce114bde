import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editors' marks: a help page written or changed for a cluster of questions. The cluster is kept
 * by what finds it again in any later period — its category and the weighted terms at its centre
 * (`signature`, `[{ term, weight }]`) — and the words it was shown by. The page's address is kept
 * beside its id, so a mark still says which page when the page has left the catalogue.
 */
export class HelpPageMarks1733000130101 implements MigrationInterface {
  name = 'HelpPageMarks1733000130101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE help_page_marks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        category text NOT NULL,
        signature jsonb NOT NULL CHECK (jsonb_typeof(signature) = 'array' AND jsonb_array_length(signature) BETWEEN 1 AND 20),
        labels text[] NOT NULL DEFAULT '{}',
        help_page_id uuid REFERENCES help_pages (id) ON DELETE SET NULL,
        help_page_url text,
        change text NOT NULL CHECK (change IN ('written', 'changed')),
        note text,
        marked_at timestamptz NOT NULL DEFAULT now(),
        marked_by text NOT NULL
      )`);
    await q.query(`CREATE INDEX help_page_marks_marked_idx ON help_page_marks (marked_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE help_page_marks`);
  }
}
