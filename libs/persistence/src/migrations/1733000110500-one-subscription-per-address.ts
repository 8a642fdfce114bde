import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One subscription in force per mail address (mail) or URL (webhook): two would send every notice
 * twice to the same place. Where there are two already, the newest stays and the older ones end.
 */
export class OneSubscriptionPerAddress1733000110500 implements MigrationInterface {
  name = 'OneSubscriptionPerAddress1733000110500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE notice_subscriptions s SET ended_at = now()
       WHERE s.ended_at IS NULL AND s.confirmed_at IS NOT NULL
         AND EXISTS (SELECT 1 FROM notice_subscriptions n
                      WHERE n.ended_at IS NULL AND n.confirmed_at IS NOT NULL AND n.channel = s.channel
                        AND (CASE WHEN n.channel = 'email' THEN lower(n.email) ELSE n.webhook_url END)
                          = (CASE WHEN s.channel = 'email' THEN lower(s.email) ELSE s.webhook_url END)
                        AND (n.created_at, n.id) > (s.created_at, s.id))`);
    await q.query(`
      CREATE UNIQUE INDEX notice_subscriptions_one_per_address
        ON notice_subscriptions (channel, (CASE WHEN channel = 'email' THEN lower(email) ELSE webhook_url END))
        WHERE ended_at IS NULL AND confirmed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notice_subscriptions_one_per_address`);
  }
}
