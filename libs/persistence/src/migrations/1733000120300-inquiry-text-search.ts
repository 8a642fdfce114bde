import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searching inquiries by the words of their text (subject and body): a GIN index over the
 * text's `tsvector` with the `simple` configuration — lower-cased words, no stemming, since the
 * texts are in bokmål, nynorsk and English alike — which a search for words (and word prefixes,
 * `innlogg:*`) uses. The generated history (`npm run history:generate`) is no one's contact and
 * is left out of the index, as search leaves it out. The search's expression must be this one,
 * word for word, for the planner to use it.
 */
export class InquiryTextSearch1733000120300 implements MigrationInterface {
  name = 'InquiryTextSearch1733000120300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX inquiries_text_search_idx ON inquiries
         USING gin (to_tsvector('simple', coalesce(subject, '') || ' ' || body)) WHERE NOT generated`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inquiries_text_search_idx`);
  }
}
