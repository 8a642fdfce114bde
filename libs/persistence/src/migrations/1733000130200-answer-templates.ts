import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared library of saved answers: one template per language, its body with placeholders
 * (`{name}`, `{reference}`, …), optionally for one technical category and linked to the help page
 * it comes from by that page's URL (so it stands without the help-page catalogue). Editors keep
 * them; a retired template is kept for the uses that name it, and offered no more.
 */
export class AnswerTemplates1733000130200 implements MigrationInterface {
  name = 'AnswerTemplates1733000130200';

  async up(q: QueryRunner): Promise<void> {
    // The category is checked against the contracts' vocabulary by the workdesk, not here: a new
    // category there needs no migration.
    await q.query(`
      CREATE TABLE answer_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        language text NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
        body text NOT NULL CHECK (length(btrim(body)) > 0),
        category text,
        help_page_url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        retired_at timestamptz
      )`);
    // What advisers are offered: templates in force, by language and category.
    await q.query(`CREATE INDEX answer_templates_in_force ON answer_templates (language, category) WHERE retired_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE answer_templates`);
  }
}
