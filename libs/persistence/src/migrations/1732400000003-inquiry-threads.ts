import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conversations: every inquiry belongs to a thread (the id of its first inquiry). A reply to an
 * inquiry still being handled joins its thread (`in-thread`) instead of queueing again.
 */
export class InquiryThreads1732400000003 implements MigrationInterface {
  name = 'InquiryThreads1732400000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inquiries ADD COLUMN thread_id text`);
    await q.query(`UPDATE inquiries SET thread_id = id`);
    await q.query(`ALTER TABLE inquiries ALTER COLUMN thread_id SET NOT NULL`);
    await q.query(`CREATE INDEX inquiries_thread_idx ON inquiries (thread_id, received_at)`);
    await q.query(`ALTER TABLE inquiries DROP CONSTRAINT inquiries_status_check`);
    await q.query(`ALTER TABLE inquiries ADD CONSTRAINT inquiries_status_check
                   CHECK (status IN ('queued', 'claimed', 'forward-pending', 'forwarded', 'resolved', 'in-thread'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inquiries DROP CONSTRAINT inquiries_status_check`);
    await q.query(`UPDATE inquiries SET status = 'resolved' WHERE status = 'in-thread'`);
    await q.query(`ALTER TABLE inquiries ADD CONSTRAINT inquiries_status_check
                   CHECK (status IN ('queued', 'claimed', 'forward-pending', 'forwarded', 'resolved'))`);
    await q.query(`ALTER TABLE inquiries DROP COLUMN thread_id`);
  }
}
