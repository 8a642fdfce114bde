import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Labelled examples for training the classifier: an adviser's correction (the right decision),
 * an agency's "not ours" (a target known to be wrong), a first-line triage. Each keeps a copy of
 * the text the classifier read, so the example still says what it said after the inquiry changes.
 */
export class ClassificationExamples1733000001000 implements MigrationInterface {
  name = 'ClassificationExamples1733000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE classification_examples (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('adviser-correction', 'agency-return', 'triage')),
        label jsonb,
        rejected_target text,
        reason text NOT NULL,
        actor text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        channel text NOT NULL,
        to_address text NOT NULL,
        subject text,
        body text NOT NULL,
        service_code text,
        language text,
        CHECK (label IS NOT NULL OR rejected_target IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX classification_examples_created_idx ON classification_examples (created_at DESC, id)`);
    await q.query(`CREATE INDEX classification_examples_inquiry_idx ON classification_examples (inquiry_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE classification_examples`);
  }
}
