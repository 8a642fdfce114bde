import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history rows of what went out to inquirers (`message-sent`, and `callback-requested`: the
 * phone channel's call-back tasks) by time: the development Sent page lists the call-back tasks
 * newest first and finds the social messages of a stretch of time without reading all history.
 */
export class MessagesSentIndex1733000140000 implements MigrationInterface {
  name = 'MessagesSentIndex1733000140000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX inquiry_history_sent_idx ON inquiry_history (at) WHERE event IN ('message-sent', 'callback-requested')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inquiry_history_sent_idx`);
  }
}
