import { DataSource } from 'typeorm';
import type { ClusterTermView } from '@inquiry-router/contracts';

/** An editor's mark as stored: a page written or changed for the cluster its signature finds. */
export interface HelpPageMarkRecord {
  id: string;
  category: string;
  signature: ClusterTermView[];
  labels: string[];
  helpPageId: string | null;
  helpPageUrl: string | null;
  change: 'written' | 'changed';
  note: string | null;
  markedAt: Date;
  markedBy: string;
}

export type NewHelpPageMarkRecord = Omit<HelpPageMarkRecord, 'id' | 'helpPageUrl' | 'markedBy' | 'helpPageId'> & { helpPageId: string };

const columns = `id, category, signature, labels, help_page_id AS "helpPageId", help_page_url AS "helpPageUrl", change, note,
  marked_at AS "markedAt", marked_by AS "markedBy"`;

/** Editors' marks (`help_page_marks`). */
export class HelpPageMarkRepository {
  constructor(private readonly db: DataSource) {}

  /** The marks made before `until`, newest first, at most `limit`. */
  async marksBefore(until: Date, limit: number): Promise<HelpPageMarkRecord[]> {
    return this.db.query(`SELECT ${columns} FROM help_page_marks WHERE marked_at < $1 ORDER BY marked_at DESC, id LIMIT $2`, [
      until,
      limit,
    ]);
  }

  /** The new mark, with the page's address as it is now; `page-not-found` when the page is not in the catalogue. */
  async create(mark: NewHelpPageMarkRecord, actor: string): Promise<HelpPageMarkRecord | 'page-not-found'> {
    const [row]: HelpPageMarkRecord[] = await this.db.query(
      `WITH marked AS (
         INSERT INTO help_page_marks (category, signature, labels, help_page_id, help_page_url, change, note, marked_at, marked_by)
         SELECT $1, $2::jsonb, $3::text[], p.id, p.url, $5, $6, $7, $8 FROM help_pages p WHERE p.id = $4
         RETURNING *)
       SELECT ${columns} FROM marked`,
      [mark.category, JSON.stringify(mark.signature), mark.labels, mark.helpPageId, mark.change, mark.note, mark.markedAt, actor],
    );
    return row ?? 'page-not-found';
  }
}
