import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many claims each adviser has made: a claim is recorded only if the count is still the one
 * read with what the adviser held, so one adviser's concurrent claims take turns (capacity holds)
 * without a lock kept while Redis picks the inquiry.
 */
export class AdviserClaimTurns1733000150000 implements MigrationInterface {
  name = 'AdviserClaimTurns1733000150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE advisers ADD COLUMN claims bigint NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE advisers DROP COLUMN claims`);
  }
}
