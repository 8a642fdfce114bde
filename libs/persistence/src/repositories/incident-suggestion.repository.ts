import { DataSource } from 'typeorm';
import { UuidPattern } from '@inquiry-router/contracts';

export type IncidentSuggestionStatus = 'open' | 'confirmed' | 'dismissed';

/** What a rise found in one window says. */
export interface ObservedRise {
  category: string;
  windowStart: Date;
  windowEnd: Date;
  observed: number;
  /** The usual count: the mean of the same window in earlier weeks. */
  expected: number;
  /** A few of the window's texts, personal data masked. */
  examples: string[];
}

/** A rise in one category's contacts put to the operators as a possible incident. */
export interface IncidentSuggestionRecord extends ObservedRise {
  id: string;
  status: IncidentSuggestionStatus;
  /** The incident an operator registered for it, when confirmed. */
  noticeId: string | null;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
}

export type SuggestionDecision =
  | { outcome: 'decided'; suggestion: IncidentSuggestionRecord }
  /** Confirmed or dismissed before: a decision stands. */
  | { outcome: 'already-decided'; suggestion: IncidentSuggestionRecord }
  | { outcome: 'unknown-notice' }
  | { outcome: 'not-found' };

interface StoredSuggestion {
  id: string;
  category: string;
  window_start: Date;
  window_end: Date;
  observed: number;
  expected: number;
  examples: string[];
  status: IncidentSuggestionStatus;
  notice_id: string | null;
  created_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
}

const columns = `id, category, window_start, window_end, observed, expected, examples, status, notice_id, created_at, decided_by, decided_at`;

const toRecord = (r: StoredSuggestion): IncidentSuggestionRecord => ({
  id: r.id,
  category: r.category,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  observed: r.observed,
  expected: r.expected,
  examples: r.examples,
  status: r.status,
  noticeId: r.notice_id,
  createdAt: r.created_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

/**
 * The early warning's suggestions (`incident_suggestions`): at most one open per category (a unique
 * index), which a rise that goes on updates; operators confirm or dismiss them.
 */
export class IncidentSuggestionRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The category's open suggestion, made or brought up to date with the latest window's evidence;
   * `created` says which. Two instances recording the same rise at once meet in the unique index
   * and one updates what the other made.
   */
  async recordRise(rise: ObservedRise): Promise<{ suggestion: IncidentSuggestionRecord; created: boolean }> {
    const [row]: (StoredSuggestion & { created: boolean })[] = await this.db.query(
      `INSERT INTO incident_suggestions (category, window_start, window_end, observed, expected, examples)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (category) WHERE status = 'open'
       DO UPDATE SET window_start = EXCLUDED.window_start, window_end = EXCLUDED.window_end, observed = EXCLUDED.observed,
                     expected = EXCLUDED.expected, examples = EXCLUDED.examples
       RETURNING ${columns}, (xmax = 0) AS created`,
      [rise.category, rise.windowStart, rise.windowEnd, rise.observed, rise.expected, rise.examples],
    );
    const { created, ...stored } = row;
    return { suggestion: toRecord(stored), created };
  }

  /** When an operator last confirmed or dismissed a suggestion for the category; null if never. */
  async lastDecidedAt(category: string): Promise<Date | null> {
    const [row]: { decided_at: Date | null }[] = await this.db.query(
      `SELECT max(decided_at) AS decided_at FROM incident_suggestions WHERE category = $1 AND status <> 'open'`,
      [category],
    );
    return row?.decided_at ?? null;
  }

  /** Suggestions of a status (or all), newest first. */
  async list(status: IncidentSuggestionStatus | 'all', limit = 100): Promise<IncidentSuggestionRecord[]> {
    const rows: StoredSuggestion[] = await this.db.query(
      `SELECT ${columns} FROM incident_suggestions WHERE ($1::text IS NULL OR status = $1)
        ORDER BY created_at DESC, id LIMIT $2`,
      [status === 'all' ? null : status, limit],
    );
    return rows.map(toRecord);
  }

  async find(id: string): Promise<IncidentSuggestionRecord | null> {
    if (!UuidPattern.test(id)) return null;
    const [row]: StoredSuggestion[] = await this.db.query(`SELECT ${columns} FROM incident_suggestions WHERE id = $1`, [id]);
    return row ? toRecord(row) : null;
  }

  /**
   * Confirms an open suggestion, naming the notice (incident) registered for it, or dismisses it
   * (`noticeId` null), recording who and when. A suggestion is decided once.
   */
  async decide(
    id: string,
    decision: { status: 'confirmed'; noticeId: string } | { status: 'dismissed' },
    actor: string,
    at: Date,
  ): Promise<SuggestionDecision> {
    if (!UuidPattern.test(id)) return { outcome: 'not-found' };
    return this.db.transaction(async (tx) => {
      const [row]: StoredSuggestion[] = await tx.query(`SELECT ${columns} FROM incident_suggestions WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) return { outcome: 'not-found' };
      const noticeId = decision.status === 'confirmed' ? decision.noticeId : null;
      if (noticeId !== null) {
        const notices: unknown[] = await tx.query(`SELECT 1 FROM notices WHERE id = $1`, [noticeId]);
        if (notices.length === 0) return { outcome: 'unknown-notice' };
      }
      if (row.status !== 'open') return { outcome: 'already-decided', suggestion: toRecord(row) };
      const [decided]: StoredSuggestion[] = await tx.query(
        // Through a CTE: a bare UPDATE … RETURNING comes back from TypeORM as [rows, count].
        `WITH decided AS (
           UPDATE incident_suggestions SET status = $2, notice_id = $3, decided_by = $4, decided_at = $5 WHERE id = $1 RETURNING *)
         SELECT ${columns} FROM decided`,
        [id, decision.status, noticeId, actor, at],
      );
      return { outcome: 'decided', suggestion: toRecord(decided) };
    });
  }
}
