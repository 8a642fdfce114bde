import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The service-desk cases of a conversation, latest first, closed ones included: the router reads
 * the case of each contact it weighs under the repeat-contact rule (the only index on
 * `cases.thread_id` so far covers cases not closed).
 */
export class CasesByConversation1733000120200 implements MigrationInterface {
  name = 'CasesByConversation1733000120200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cases_thread_idx ON cases (thread_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_thread_idx`);
  }
}
