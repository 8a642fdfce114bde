import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trained text models. The classifier uses the active one and picks up a newly activated one
 * without a restart; older ones stay for the record and for rolling back.
 */
export class ClassifierModels1733000002000 implements MigrationInterface {
  name = 'ClassifierModels1733000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE classifier_models (
      version text PRIMARY KEY,
      trained_at timestamptz NOT NULL DEFAULT now(),
      trained_by text NOT NULL,
      report jsonb NOT NULL,
      document jsonb NOT NULL,
      is_active boolean NOT NULL DEFAULT false
    )`);
    await q.query(`CREATE UNIQUE INDEX classifier_models_one_active ON classifier_models (is_active) WHERE is_active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE classifier_models`);
  }
}
