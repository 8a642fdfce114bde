import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a notice delivery was first tried: its retry schedule runs from then (not from when it was
 * recorded), and an operator's retry of a failed delivery starts the schedule over.
 */
export class NoticeDeliveryAttempts1733000110200 implements MigrationInterface {
  name = 'NoticeDeliveryAttempts1733000110200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notice_deliveries ADD COLUMN first_attempt_at timestamptz, ADD COLUMN failed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notice_deliveries DROP COLUMN first_attempt_at, DROP COLUMN failed_at`);
  }
}
