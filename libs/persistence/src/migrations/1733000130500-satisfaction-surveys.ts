import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What inquirers say afterwards: one row per resolved inquiry that was considered for the
 * satisfaction question — sent (`sent_at`, the link's token hash and expiry) or not, and why not
 * (`not_sent_reason`) — with the answer when it comes (by the link or a reply). `recipient_key` is
 * the person asked (their recognised inquirer, else a keyed hash of their address), so nobody is
 * asked twice within the quiet period; the queue, category and adviser it was resolved with are
 * kept for the dashboard. A reply taken as the answer is not recorded as an inquiry; its id is kept
 * here, so a redelivery of it is known.
 */
export class SatisfactionSurveys1733000130500 implements MigrationInterface {
  name = 'SatisfactionSurveys1733000130500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE surveys (
        id uuid PRIMARY KEY,
        inquiry_id text NOT NULL UNIQUE REFERENCES inquiries (id) ON DELETE CASCADE,
        thread_id text NOT NULL,
        recipient_key text NOT NULL,
        channel text NOT NULL,
        language text NOT NULL CHECK (language IN ('nb', 'nn', 'en')),
        queue text,
        category text,
        adviser text,
        decided_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        not_sent_reason text,
        token_hash text,
        expires_at timestamptz,
        answered_at timestamptz,
        score smallint CHECK (score BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 1000),
        answer_via text CHECK (answer_via IN ('link', 'reply')),
        -- The reply that was the answer (not routed as an inquiry): a redelivered reply is known by it.
        reply_inquiry_id text UNIQUE,
        CONSTRAINT surveys_sent_or_why_not CHECK ((sent_at IS NOT NULL AND token_hash IS NOT NULL AND expires_at IS NOT NULL) <> (not_sent_reason IS NOT NULL)),
        CONSTRAINT surveys_answer_whole CHECK ((answered_at IS NULL) = (score IS NULL) AND (answered_at IS NULL) = (answer_via IS NULL)),
        CONSTRAINT surveys_answered_if_sent CHECK (answered_at IS NULL OR sent_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX surveys_thread_idx ON surveys (thread_id)`);
    await q.query(`CREATE INDEX surveys_recipient_idx ON surveys (recipient_key, sent_at DESC) WHERE sent_at IS NOT NULL`);
    await q.query(`CREATE INDEX surveys_answered_idx ON surveys (answered_at) WHERE answered_at IS NOT NULL`);
    // The survey job looks for inquiries resolved lately, and the dashboard for those resolved in a period.
    await q.query(`CREATE INDEX inquiry_history_resolved_idx ON inquiry_history (at) WHERE event = 'resolved'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inquiry_history_resolved_idx`);
    await q.query(`DROP TABLE surveys`);
  }
}
