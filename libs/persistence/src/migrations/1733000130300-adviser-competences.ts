import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Advisers' competences: a level per technical category or queue (in training, qualified, mentor)
 * and a trainee's mentor there; and the audit of every change (who, what, from, to, when).
 */
export class AdviserCompetences1733000130300 implements MigrationInterface {
  name = 'AdviserCompetences1733000130300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE adviser_competences (
        adviser text NOT NULL REFERENCES advisers(username) ON DELETE CASCADE,
        area_kind text NOT NULL CHECK (area_kind IN ('category', 'queue')),
        area text NOT NULL,
        level text NOT NULL CHECK (level IN ('in-training', 'qualified', 'mentor')),
        mentor text REFERENCES advisers(username),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (adviser, area_kind, area),
        CONSTRAINT adviser_competences_mentor_of_trainee CHECK (mentor IS NULL OR (level = 'in-training' AND mentor <> adviser))
      )`);
    await q.query(`CREATE INDEX adviser_competences_mentor ON adviser_competences (mentor) WHERE mentor IS NOT NULL`);
    await q.query(`
      CREATE TABLE adviser_competence_audit (
        id bigserial PRIMARY KEY,
        adviser text NOT NULL,
        area_kind text NOT NULL,
        area text NOT NULL,
        from_level text,
        to_level text,
        from_mentor text,
        to_mentor text,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX adviser_competence_audit_adviser ON adviser_competence_audit (adviser, changed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE adviser_competence_audit`);
    await q.query(`DROP TABLE adviser_competences`);
  }
}
