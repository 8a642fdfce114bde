import { DataSource } from 'typeorm';
import type { AnswerTemplateView, Language } from '@inquiry-router/contracts';

/**
 * A saved answer as kept: its text with placeholders, per language, for a category and linked to a
 * help page if any (retired: kept for the answers that used it, offered no more). The view's fields
 * but the placeholders, which are read off the body, with times as Dates.
 */
export type AnswerTemplateRecord = Omit<AnswerTemplateView, 'placeholders' | 'createdAt' | 'updatedAt' | 'retiredAt'> & {
  createdAt: Date;
  updatedAt: Date;
  retiredAt: Date | null;
};

/** What an editor writes of a template. */
export type AnswerTemplateFields = Pick<AnswerTemplateRecord, 'title' | 'language' | 'body' | 'category' | 'helpPageUrl'>;

/** Which templates to list: by language and category, and whether the retired ones too. */
export interface AnswerTemplateFilter {
  language?: Language;
  category?: string;
  includeRetired?: boolean;
}

/** A change to a template, as it went: made, or not (no such template, or retired: a retired one is not changed). */
export type AnswerTemplateChange =
  | { outcome: 'changed'; template: AnswerTemplateRecord }
  | { outcome: 'not-found' }
  | { outcome: 'retired'; template: AnswerTemplateRecord };

interface StoredTemplate {
  id: string;
  title: string;
  language: Language;
  body: string;
  category: string | null;
  help_page_url: string | null;
  created_at: Date;
  created_by: string;
  updated_at: Date;
  updated_by: string;
  retired_at: Date | null;
}

const columns = `id, title, language, body, category, help_page_url, created_at, created_by, updated_at, updated_by, retired_at`;

const toRecord = (r: StoredTemplate): AnswerTemplateRecord => ({
  id: r.id,
  title: r.title,
  language: r.language,
  body: r.body,
  category: r.category,
  helpPageUrl: r.help_page_url,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  retiredAt: r.retired_at,
});

/**
 * The shared library of saved answers (`answer_templates`). Which answer used which template is
 * written with the answer itself (`InquiryActionsRepository`, `answer_template_uses`).
 */
export class AnswerTemplateRepository {
  constructor(private readonly db: DataSource) {}

  async create(fields: AnswerTemplateFields, by: string): Promise<AnswerTemplateRecord> {
    const [row]: StoredTemplate[] = await this.db.query(
      `INSERT INTO answer_templates (title, language, body, category, help_page_url, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${columns}`,
      [fields.title, fields.language, fields.body, fields.category, fields.helpPageUrl, by],
    );
    return toRecord(row);
  }

  async find(id: string): Promise<AnswerTemplateRecord | null> {
    const [row]: StoredTemplate[] = await this.db.query(`SELECT ${columns} FROM answer_templates WHERE id = $1`, [id]);
    return row ? toRecord(row) : null;
  }

  /** Templates by title; in force only unless `includeRetired`. */
  async list(filter: AnswerTemplateFilter = {}): Promise<AnswerTemplateRecord[]> {
    const rows: StoredTemplate[] = await this.db.query(
      `SELECT ${columns} FROM answer_templates
        WHERE ($1::text IS NULL OR language = $1)
          AND ($2::text IS NULL OR category = $2)
          AND ($3 OR retired_at IS NULL)
        ORDER BY retired_at IS NOT NULL, title, id`,
      [filter.language ?? null, filter.category ?? null, filter.includeRetired ?? false],
    );
    return rows.map(toRecord);
  }

  /** Replaces what an editor writes of a template in force. */
  async update(id: string, fields: AnswerTemplateFields, by: string): Promise<AnswerTemplateChange> {
    return this.db.transaction(async (tx) => {
      const [current]: StoredTemplate[] = await tx.query(`SELECT ${columns} FROM answer_templates WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) return { outcome: 'not-found' };
      if (current.retired_at) return { outcome: 'retired', template: toRecord(current) };
      // An UPDATE answers with its rows and its count.
      const [[row]]: [StoredTemplate[], number] = await tx.query(
        `UPDATE answer_templates
            SET title = $2, language = $3, body = $4, category = $5, help_page_url = $6, updated_by = $7, updated_at = now()
          WHERE id = $1 RETURNING ${columns}`,
        [id, fields.title, fields.language, fields.body, fields.category, fields.helpPageUrl, by],
      );
      return { outcome: 'changed', template: toRecord(row) };
    });
  }

  /** Retires a template: offered no more, kept for the answers that used it. Retiring a retired one changes nothing. */
  async retire(id: string, by: string): Promise<AnswerTemplateChange> {
    const [[row]]: [StoredTemplate[], number] = await this.db.query(
      `UPDATE answer_templates SET retired_at = now(), updated_at = now(), updated_by = $2
        WHERE id = $1 AND retired_at IS NULL RETURNING ${columns}`,
      [id, by],
    );
    if (row) return { outcome: 'changed', template: toRecord(row) };
    const current = await this.find(id);
    return current ? { outcome: 'retired', template: current } : { outcome: 'not-found' };
  }
}
