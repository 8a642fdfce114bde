import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which template an answer was made from: one row per answer sent with a template, written in the
 * answer's own transaction. The help-page report joins it to its clusters by `inquiry_id` (which
 * templates are used for which questions). Gone with the inquiry; a template with uses is retired,
 * never deleted.
 */
export class AnswerTemplateUses1733000130201 implements MigrationInterface {
  name = 'AnswerTemplateUses1733000130201';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE answer_template_uses (
        id bigserial PRIMARY KEY,
        inquiry_id text NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
        template_id uuid NOT NULL REFERENCES answer_templates (id) ON DELETE RESTRICT,
        used_by text NOT NULL,
        used_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX answer_template_uses_by_inquiry ON answer_template_uses (inquiry_id)`);
    // A template's uses over a period (the report), and what keeps a used template from being deleted.
    await q.query(`CREATE INDEX answer_template_uses_by_template ON answer_template_uses (template_id, used_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE answer_template_uses`);
  }
}
