import { DataSource } from 'typeorm';
import type { Channel, Language, TechnicalCategory } from '@inquiry-router/contracts';

/** A waiting inquiry as the live queues are rebuilt from. */
export interface WaitingInquiry {
  id: string;
  queue: string;
  channel: Channel;
  language: Language | null;
  /** The technical category of the decision in force (the live queues keep work apart by it). */
  category: TechnicalCategory | null;
  receivedAt: Date;
  dueAt: Date | null;
  reservedBy: string | null;
  reservedUntil: Date | null;
}

/** What waits in the queues as the system of record has it: what the live queues are rebuilt and checked from. */
export class WaitingInquiriesReader {
  constructor(private readonly db: DataSource) {}

  /** What an adviser holds reserved now (to release when they go offline). */
  async reservedBy(adviser: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM inquiries WHERE reserved_by = $1 AND status = 'queued'`, [adviser]);
    return rows.map((r) => r.id);
  }

  /** The ids of every inquiry waiting in a queue, reserved or not: what the live queues are compared with. */
  async waitingIds(queue: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM inquiries WHERE queue = $1 AND status = 'queued'`, [queue]);
    return rows.map((r) => r.id);
  }

  /**
   * Every inquiry waiting in a queue, reserved ones with their holder: what the live queues are
   * rebuilt from; with `among`, only those of these ids.
   */
  async waiting(queue: string, among?: readonly string[]): Promise<WaitingInquiry[]> {
    const rows: {
      id: string;
      channel: Channel;
      language: Language | null;
      category: TechnicalCategory | null;
      received_at: Date;
      due_at: Date | null;
      reserved_by: string | null;
      reserved_until: Date | null;
    }[] = await this.db.query(
      `SELECT id, channel, language, d.category, received_at, to_jsonb(i)->>'due_at' AS due_at, reserved_by, reserved_until
           FROM inquiries i LEFT JOIN routing_decisions d ON d.inquiry_id = i.id WHERE queue = $1 AND status = 'queued' AND ($2::text[] IS NULL OR id = ANY($2::text[]))
          ORDER BY received_at, id`,
      [queue, among ?? null],
    );
    return rows.map((r) => ({
      id: r.id,
      queue,
      channel: r.channel,
      language: r.language,
      category: r.category,
      receivedAt: r.received_at,
      dueAt: r.due_at ? new Date(r.due_at) : null,
      reservedBy: r.reserved_by,
      reservedUntil: r.reserved_until,
    }));
  }

  /** An inquiry's service-level due time, if it has one (for its queue score). */
  async dueAt(id: string): Promise<Date | null> {
    const [row]: { due_at: string | null }[] = await this.db.query(
      `SELECT to_jsonb(i)->>'due_at' AS due_at FROM inquiries i WHERE id = $1`,
      [id],
    );
    return row?.due_at ? new Date(row.due_at) : null;
  }

  /** The inquiries among `ids` that wait unreserved in `queue` and were received before `before`, not yet overflowed. */
  async overdue(queue: string, ids: string[], olderThanMinutes: number): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM inquiries
        WHERE id = ANY($1::text[]) AND queue = $2 AND status = 'queued' AND reserved_by IS NULL AND overflowed_at IS NULL
          AND received_at < now() - make_interval(mins => $3)`,
      [ids, queue, olderThanMinutes],
    );
    return rows.map((r) => r.id);
  }
}
