import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A decision's reasons as codes with their values (`reason_codes`), beside their English text
 * (`reasons`), so the console says them in the adviser's language. Null for a decision stored
 * before, or made by a classifier that gave none: the console shows its English text then.
 */
export class DecisionReasonCodes1733000130400 implements MigrationInterface {
  name = 'DecisionReasonCodes1733000130400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing_decisions ADD COLUMN reason_codes jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing_decisions DROP COLUMN reason_codes`);
  }
}
