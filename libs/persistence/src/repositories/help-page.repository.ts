import { DataSource } from 'typeorm';
import type { HelpPageView } from '@inquiry-router/contracts';

/** A help page as stored, with who made and last changed it: the view, with times as Dates. */
export type HelpPageRecord = Omit<HelpPageView, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

/** What an editor sets on a page. */
export type HelpPageFields = Pick<HelpPageRecord, 'url' | 'title' | 'language' | 'keywords' | 'topics'>;

export type HelpPageChange = HelpPageRecord | 'not-found' | 'duplicate';

// Selected under the record's own names, so a row is the record.
const columns = `id, url, title, language, keywords, topics,
  created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/** The help-page catalogue (`help_pages`): one page per address. */
export class HelpPageRepository {
  constructor(private readonly db: DataSource) {}

  /** Every page, by title and address. */
  async list(): Promise<HelpPageRecord[]> {
    return this.db.query(`SELECT ${columns} FROM help_pages ORDER BY lower(title), url`);
  }

  async find(id: string): Promise<HelpPageRecord | null> {
    const [row]: HelpPageRecord[] = await this.db.query(`SELECT ${columns} FROM help_pages WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The new page, or `duplicate` when the address is in the catalogue already. */
  async create(fields: HelpPageFields, actor: string): Promise<HelpPageRecord | 'duplicate'> {
    const [row]: HelpPageRecord[] = await this.db.query(
      `INSERT INTO help_pages (url, title, language, keywords, topics, created_by, updated_by)
       VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $6)
       ON CONFLICT (url) DO NOTHING RETURNING ${columns}`,
      [fields.url, fields.title, fields.language, fields.keywords, fields.topics, actor],
    );
    return row ?? 'duplicate';
  }

  /** Lays `patch` over the page; `duplicate` when it would take another page's address. */
  async update(id: string, patch: Partial<HelpPageFields>, actor: string): Promise<HelpPageChange> {
    try {
      const [row]: HelpPageRecord[] = await this.db.query(
        // As a SELECT over the changed row: typeorm answers a bare UPDATE with [rows, count].
        `WITH changed AS (
           UPDATE help_pages SET url = coalesce($2, url), title = coalesce($3, title), language = coalesce($4, language),
                  keywords = coalesce($5::text[], keywords), topics = coalesce($6::text[], topics), updated_at = now(), updated_by = $7
            WHERE id = $1 RETURNING *)
         SELECT ${columns} FROM changed`,
        [id, patch.url ?? null, patch.title ?? null, patch.language ?? null, patch.keywords ?? null, patch.topics ?? null, actor],
      );
      return row ?? 'not-found';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      throw error;
    }
  }

  /** Removes the page; its marks keep its address. False when there was none. */
  async delete(id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`WITH gone AS (DELETE FROM help_pages WHERE id = $1 RETURNING id) SELECT id FROM gone`, [
      id,
    ]);
    return rows.length > 0;
  }
}
