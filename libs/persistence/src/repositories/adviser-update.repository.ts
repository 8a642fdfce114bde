import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AdviserUpdateView } from '@inquiry-router/contracts';

/** An update advisers must take in, as published: the view's fields but for those the repository sets. */
export type AdviserUpdateFields = Omit<AdviserUpdateView, 'id' | 'publishedBy' | 'publishedAt'>;

export interface AdviserUpdateRecord extends AdviserUpdateFields {
  id: string;
  publishedBy: string;
  publishedAt: Date;
}

export interface AdviserUpdateConfirmation {
  adviser: string;
  confirmedAt: Date;
}

/** A row of `adviser_updates` as Postgres gives it: the one-word fields as the record has them, the others under their SQL names. */
export type UpdateRow = Pick<AdviserUpdateRecord, 'id' | 'kind' | 'title' | 'body' | 'categories' | 'queues'> & {
  required_before_claiming: boolean;
  agreement_version: string | null;
  incident_id: string | null;
  published_by: string;
  published_at: Date;
};

export const updateOf = (r: UpdateRow): AdviserUpdateRecord => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  categories: r.categories,
  queues: r.queues,
  requiredBeforeClaiming: r.required_before_claiming,
  agreementVersion: r.agreement_version,
  incidentId: r.incident_id,
  publishedBy: r.published_by,
  publishedAt: r.published_at,
});

/** Updates advisers must take in, and who confirmed them when. */
export class AdviserUpdateRepository {
  constructor(private readonly db: DataSource) {}

  async publish(fields: AdviserUpdateFields, actor: string): Promise<AdviserUpdateRecord> {
    const [row]: UpdateRow[] = await this.db.query(
      `INSERT INTO adviser_updates (id, kind, title, body, categories, queues, required_before_claiming, agreement_version, incident_id, published_by)
       VALUES ($1, $2, $3, $4, $5::text[], $6::text[], $7, $8, $9, $10) RETURNING *`,
      [
        randomUUID(),
        fields.kind,
        fields.title,
        fields.body,
        fields.categories,
        fields.queues,
        fields.requiredBeforeClaiming,
        fields.agreementVersion,
        fields.incidentId,
        actor,
      ],
    );
    return updateOf(row);
  }

  /** Every update, newest first. */
  async list(): Promise<AdviserUpdateRecord[]> {
    const rows: UpdateRow[] = await this.db.query(`SELECT * FROM adviser_updates ORDER BY published_at DESC, id`);
    return rows.map(updateOf);
  }

  async find(id: string): Promise<AdviserUpdateRecord | null> {
    const [row]: UpdateRow[] = await this.db.query(`SELECT * FROM adviser_updates WHERE id::text = $1`, [id]);
    return row ? updateOf(row) : null;
  }

  /** Who confirmed the update, when (first confirmation kept). */
  async confirmations(id: string): Promise<AdviserUpdateConfirmation[]> {
    const rows: { adviser: string; confirmed_at: Date }[] = await this.db.query(
      `SELECT adviser, confirmed_at FROM adviser_update_confirmations WHERE update_id::text = $1 ORDER BY confirmed_at, adviser`,
      [id],
    );
    return rows.map((r) => ({ adviser: r.adviser, confirmedAt: r.confirmed_at }));
  }

  /** Every update with when the adviser confirmed it (null: not yet), newest first. */
  async withConfirmationsOf(adviser: string): Promise<(AdviserUpdateRecord & { confirmedAt: Date | null })[]> {
    const rows: (UpdateRow & { confirmed_at: Date | null })[] = await this.db.query(
      `SELECT u.*, c.confirmed_at FROM adviser_updates u
         LEFT JOIN adviser_update_confirmations c ON c.update_id = u.id AND c.adviser = $1
        ORDER BY u.published_at DESC, u.id`,
      [adviser],
    );
    return rows.map((r) => ({ ...updateOf(r), confirmedAt: r.confirmed_at }));
  }

  /** The updates requiring confirmation before claiming that the adviser has not confirmed (reaching them or not). */
  async unconfirmedRequired(adviser: string): Promise<AdviserUpdateRecord[]> {
    const rows: UpdateRow[] = await this.db.query(
      `SELECT u.* FROM adviser_updates u
        WHERE u.required_before_claiming
          AND NOT EXISTS (SELECT 1 FROM adviser_update_confirmations c WHERE c.update_id = u.id AND c.adviser = $1)
        ORDER BY u.published_at, u.id`,
      [adviser],
    );
    return rows.map(updateOf);
  }

  /** Records the adviser's confirmation; confirming again keeps the first. Returns when they confirmed. */
  async confirm(id: string, adviser: string): Promise<Date> {
    const [row]: { confirmed_at: Date }[] = await this.db.query(
      `WITH i AS (INSERT INTO adviser_update_confirmations (update_id, adviser) VALUES ($1::uuid, $2) ON CONFLICT DO NOTHING RETURNING confirmed_at)
       SELECT confirmed_at FROM i UNION ALL SELECT confirmed_at FROM adviser_update_confirmations WHERE update_id = $1::uuid AND adviser = $2`,
      [id, adviser],
    );
    return row.confirmed_at;
  }
}
