import { DataSource } from 'typeorm';

export type OpeningExceptionKind = 'extended' | 'closed';

/** A supervisor's order: extended hours on a date, or a closure (the whole day without times). */
export interface OpeningExceptionRecord {
  id: string;
  /** Local date, YYYY-MM-DD (Europe/Oslo). */
  date: string;
  /** Local times HH:mm, both or neither (a closure without times closes the whole day). */
  opens: string | null;
  closes: string | null;
  kind: OpeningExceptionKind;
  reason: string;
  orderedBy: string;
  createdAt: Date;
}

export type NewOpeningException = Omit<OpeningExceptionRecord, 'id' | 'createdAt'>;

/** A service-level target per queue (or `*`: every queue) and channel, as stored. */
export interface ServiceLevelTargetRow {
  queue: string;
  channel: string;
  within: number;
  unit: string;
  warnFraction: number;
  /** The share that must meet the target (0.8: 80 %). */
  share: number;
}

// Selected under the record's own names, so a row is the record.
const columns = `id, to_char(date, 'YYYY-MM-DD') AS date, opens, closes, kind, reason, ordered_by AS "orderedBy", created_at AS "createdAt"`;

/** The support's opening calendar as data: ordered exceptions and service-level targets. */
export class OpeningCalendarRepository {
  constructor(private readonly db: DataSource) {}

  /** Exceptions on dates from `from` to `to` (inclusive, YYYY-MM-DD; either may be left open), by date then order time. */
  async exceptions(range: { from?: string; to?: string } = {}): Promise<OpeningExceptionRecord[]> {
    const rows: OpeningExceptionRecord[] = await this.db.query(
      `SELECT ${columns} FROM opening_exceptions
        WHERE ($1::date IS NULL OR date >= $1::date) AND ($2::date IS NULL OR date <= $2::date)
        ORDER BY date, created_at, id`,
      [range.from ?? null, range.to ?? null],
    );
    return rows;
  }

  async addException(e: NewOpeningException): Promise<OpeningExceptionRecord> {
    const [row]: OpeningExceptionRecord[] = await this.db.query(
      `INSERT INTO opening_exceptions (date, opens, closes, kind, reason, ordered_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
      [e.date, e.opens, e.closes, e.kind, e.reason, e.orderedBy],
    );
    return row;
  }

  /** The removed exception, or null when there was none with this id. */
  async removeException(id: string): Promise<OpeningExceptionRecord | null> {
    // As a SELECT over the deleted rows: typeorm answers a bare DELETE with [rows, count].
    const rows: OpeningExceptionRecord[] = await this.db.query(
      `WITH gone AS (DELETE FROM opening_exceptions WHERE id = $1 RETURNING *) SELECT ${columns} FROM gone`,
      [id],
    );
    return rows[0] ?? null;
  }

  async serviceLevelTargets(): Promise<ServiceLevelTargetRow[]> {
    const rows: StoredTarget[] = await this.db.query(`SELECT ${targetColumns} FROM service_level_targets ORDER BY queue, channel`);
    return rows.map(toTargetRow);
  }

  /** Sets the target for a queue (or `*`) and channel, replacing the one there was. */
  async saveServiceLevelTarget(t: ServiceLevelTargetRow): Promise<ServiceLevelTargetRow> {
    const [row]: StoredTarget[] = await this.db.query(
      `INSERT INTO service_level_targets (queue, channel, within, unit, warn_fraction, share) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (queue, channel) DO UPDATE
         SET within = EXCLUDED.within, unit = EXCLUDED.unit, warn_fraction = EXCLUDED.warn_fraction, share = EXCLUDED.share
       RETURNING ${targetColumns}`,
      [t.queue, t.channel, t.within, t.unit, t.warnFraction, t.share],
    );
    return toTargetRow(row);
  }
}

const targetColumns = 'queue, channel, within, unit, warn_fraction, share';

/** As Postgres hands them: `numeric` as text. */
interface StoredTarget {
  queue: string;
  channel: string;
  within: string;
  unit: string;
  warn_fraction: number;
  share: string;
}

function toTargetRow(r: StoredTarget): ServiceLevelTargetRow {
  return {
    queue: r.queue,
    channel: r.channel,
    within: Number(r.within),
    unit: r.unit,
    warnFraction: Number(r.warn_fraction),
    share: Number(r.share),
  };
}
