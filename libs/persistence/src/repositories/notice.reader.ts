import { DataSource, EntityManager } from 'typeorm';
import type { NoticeStatus } from '@inquiry-router/contracts';
import type { Notice, NoticeComponent, NoticeText } from '@inquiry-router/notices';

/** One entry of a notice's history: its registration (sequence 1) or an update. */
export interface NoticeUpdateRecord {
  sequence: number;
  status: NoticeStatus;
  message: NoticeText;
  changed: string[];
  changedBy: string;
  changedAt: Date;
}

/** A notice as stored: the domain's fields, who registered it, its version and its history (oldest first). */
export interface NoticeRecord extends Notice {
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  updates: NoticeUpdateRecord[];
}

/** Which notices a list holds: open ones (in force or ahead; the caller tells them apart), ended ones, or all. */
export type NoticeListFilter = { state: 'open' | 'ended' | 'all'; limit: number };

/** A notices row as the queries select it: the record without its history. */
type NoticeRow = Omit<NoticeRecord, 'updates'>;

// Selected under the record's own names, so a row is the record but for its history.
const columns = `id, kind, status, severity, title, description, components, environments, audiences, keywords,
  starts_at AS "startsAt", expected_end_at AS "expectedEndAt", ended_at AS "endedAt",
  created_by AS "createdBy", created_at AS "createdAt", updated_at AS "updatedAt", version`;

/** The notices' rows with their history, in the order of `rows`. */
export async function withHistory(db: DataSource | EntityManager, rows: NoticeRow[]): Promise<NoticeRecord[]> {
  if (rows.length === 0) return [];
  const updates: (NoticeUpdateRecord & { noticeId: string })[] = await db.query(
    `SELECT notice_id AS "noticeId", sequence, status, message, changed, changed_by AS "changedBy", changed_at AS "changedAt"
       FROM notice_updates WHERE notice_id = ANY($1::text[]) ORDER BY notice_id, sequence`,
    [rows.map((r) => r.id)],
  );
  const byNotice = new Map<string, NoticeUpdateRecord[]>();
  for (const { noticeId, ...update } of updates) {
    const list = byNotice.get(noticeId);
    if (list) list.push(update);
    else byNotice.set(noticeId, [update]);
  }
  return rows.map((r) => ({ ...r, updates: byNotice.get(r.id) ?? [] }));
}

/** One notice with its history, read on `db` (a transaction's manager, to see its own writes). */
export async function noticeOn(db: DataSource | EntityManager, id: string): Promise<NoticeRecord | null> {
  const rows: NoticeRow[] = await db.query(`SELECT ${columns} FROM notices WHERE id = $1`, [id]);
  return (await withHistory(db, rows))[0] ?? null;
}

/** Operational notices (`notices`, `notice_updates`) and the components they can affect, as the workdesk reads them. */
/** The active components, in the order the status page lists them. */
export function activeNoticeComponents(db: DataSource | EntityManager): Promise<NoticeComponent[]> {
  return db.query(`SELECT code, names, categories FROM notice_components WHERE active ORDER BY position, code`);
}

export class NoticeReader {
  constructor(private readonly db: DataSource) {}

  async find(id: string): Promise<NoticeRecord | null> {
    return noticeOn(this.db, id);
  }

  /** Newest first (by start, then id), at most `limit`. */
  async list(filter: NoticeListFilter): Promise<NoticeRecord[]> {
    const rows: NoticeRow[] = await this.db.query(
      `SELECT ${columns} FROM notices
        WHERE $1 = 'all' OR ($1 = 'open' AND ended_at IS NULL) OR ($1 = 'ended' AND ended_at IS NOT NULL)
        ORDER BY starts_at DESC, id DESC LIMIT $2`,
      [filter.state, filter.limit],
    );
    return withHistory(this.db, rows);
  }

  /** What the status page shows: every notice not ended, and those ended since `endedSince`. */
  async openOrEndedSince(endedSince: Date): Promise<NoticeRecord[]> {
    const rows: NoticeRow[] = await this.db.query(
      `SELECT ${columns} FROM notices WHERE ended_at IS NULL OR ended_at >= $1 ORDER BY starts_at DESC, id DESC`,
      [endedSince],
    );
    return withHistory(this.db, rows);
  }

  /** The active components, in the order the status page lists them. */
  async components(): Promise<NoticeComponent[]> {
    return activeNoticeComponents(this.db);
  }
}
