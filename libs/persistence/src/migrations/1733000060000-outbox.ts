import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One outbox for every writer (it was the work actions' alone): each row holds the full topic
 * name on the broker, so the relay of each deployment takes the topics it publishes, and no
 * column exists for tests that share a database. Headers travel with the message.
 */
export class Outbox1733000060000 implements MigrationInterface {
  name = 'Outbox1733000060000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE work_outbox RENAME TO outbox`);
    await q.query(`UPDATE outbox SET topic = topic_prefix || topic WHERE topic_prefix <> ''`);
    await q.query(`DROP INDEX work_outbox_prefix_idx`);
    await q.query(`ALTER TABLE outbox DROP COLUMN topic_prefix, ADD COLUMN headers jsonb`);
    await q.query(`ALTER INDEX work_outbox_pkey RENAME TO outbox_pkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX outbox_pkey RENAME TO work_outbox_pkey`);
    await q.query(`ALTER TABLE outbox DROP COLUMN headers, ADD COLUMN topic_prefix text NOT NULL DEFAULT ''`);
    await q.query(`CREATE INDEX work_outbox_prefix_idx ON outbox (topic_prefix, id)`);
    await q.query(`ALTER TABLE outbox RENAME TO work_outbox`);
  }
}
