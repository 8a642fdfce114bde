import { DataSource } from 'typeorm';
import type { FilingDeadlineAuditEntryView } from '@inquiry-router/contracts';
import type { FilingDeadline } from '@inquiry-router/filing-deadlines';

/** A deadline as stored: the domain's fields, and who made and last changed it, when. */
export interface FilingDeadlineRecord extends FilingDeadline {
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** What a person sets on a deadline (the audit's before and after are these fields). */
export type FilingDeadlineFields = Omit<FilingDeadline, 'id'>;

export type FilingDeadlineAction = FilingDeadlineAuditEntryView['action'];

export interface FilingDeadlineAuditEntry {
  id: string;
  at: Date;
  actor: string;
  action: FilingDeadlineAction;
  deadlineId: string;
  before: FilingDeadlineFields | null;
  after: FilingDeadlineFields;
}

export type FilingDeadlineChange =
  | { outcome: 'changed' | 'unchanged'; before: FilingDeadlineRecord; after: FilingDeadlineRecord }
  | { outcome: 'duplicate'; agency: string; name: string }
  | { outcome: 'not-found' };

// Selected under the record's own names, so a row is the record.
const columns = `id, agency, name, rule, channels, active, notes,
  created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy"`;

const fieldsOf = (r: FilingDeadlineFields): FilingDeadlineFields => ({
  agency: r.agency,
  name: r.name,
  rule: r.rule,
  channels: r.channels,
  active: r.active,
  notes: r.notes,
});

/** JSON with object keys sorted: Postgres gives jsonb back with its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * The filing-deadline calendar (`filing_deadlines`) and its audit trail: every create and change
 * writes its audit row in the same transaction, with the fields before and after.
 */
export class FilingDeadlineRepository {
  constructor(private readonly db: DataSource) {}

  /** Every deadline (or only the active ones), by agency and name. */
  async list(filter: { includeInactive: boolean }): Promise<FilingDeadlineRecord[]> {
    return this.db.query(`SELECT ${columns} FROM filing_deadlines WHERE $1::boolean OR active ORDER BY agency, name, id`, [
      filter.includeInactive,
    ]);
  }

  async find(id: string): Promise<FilingDeadlineRecord | null> {
    const [row]: FilingDeadlineRecord[] = await this.db.query(`SELECT ${columns} FROM filing_deadlines WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** The new deadline, or `duplicate` when the agency already has one of that name. */
  async create(fields: FilingDeadlineFields, actor: string): Promise<FilingDeadlineRecord | 'duplicate'> {
    return this.db.transaction(async (tx) => {
      const [row]: FilingDeadlineRecord[] = await tx.query(
        `INSERT INTO filing_deadlines (agency, name, rule, channels, active, notes, created_by, updated_by)
         VALUES ($1, $2, $3::jsonb, $4::text[], $5, $6, $7, $7)
         ON CONFLICT (agency, name) DO NOTHING RETURNING ${columns}`,
        [fields.agency, fields.name, JSON.stringify(fields.rule), fields.channels, fields.active, fields.notes, actor],
      );
      if (!row) return 'duplicate';
      await this.audit(tx, actor, 'created', row.id, null, fieldsOf(row));
      return row;
    });
  }

  /**
   * Lays `patch` over the deadline under a row lock and records the change with `action`; a patch
   * that changes nothing writes nothing (`unchanged`), so deactivating twice is one audit row.
   */
  async update(
    id: string,
    patch: Partial<FilingDeadlineFields>,
    action: FilingDeadlineAction,
    actor: string,
  ): Promise<FilingDeadlineChange> {
    return this.db.transaction(async (tx) => {
      const [before]: FilingDeadlineRecord[] = await tx.query(`SELECT ${columns} FROM filing_deadlines WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) return { outcome: 'not-found' };
      const next: FilingDeadlineFields = { ...fieldsOf(before), ...patch };
      if (canonical(next) === canonical(fieldsOf(before))) return { outcome: 'unchanged', before, after: before };
      const clash: unknown[] = await tx.query(`SELECT 1 FROM filing_deadlines WHERE agency = $1 AND name = $2 AND id <> $3`, [
        next.agency,
        next.name,
        id,
      ]);
      if (clash.length > 0) return { outcome: 'duplicate', agency: next.agency, name: next.name };
      const [after]: FilingDeadlineRecord[] = await tx.query(
        // As a SELECT over the changed row: typeorm answers a bare UPDATE with [rows, count].
        `WITH changed AS (
           UPDATE filing_deadlines SET agency = $2, name = $3, rule = $4::jsonb, channels = $5::text[], active = $6, notes = $7,
                  updated_at = now(), updated_by = $8
            WHERE id = $1 RETURNING *)
         SELECT ${columns} FROM changed`,
        [id, next.agency, next.name, JSON.stringify(next.rule), next.channels, next.active, next.notes, actor],
      );
      await this.audit(tx, actor, action, id, fieldsOf(before), fieldsOf(after));
      return { outcome: 'changed', before, after };
    });
  }

  /** Every change, newest first (of one deadline, or of all). */
  async auditTrail(filter: { deadlineId?: string; limit: number }): Promise<FilingDeadlineAuditEntry[]> {
    return this.db.query(
      `SELECT id::text, at, actor, action, deadline_id AS "deadlineId", before, after FROM filing_deadline_audit
        WHERE $1::uuid IS NULL OR deadline_id = $1::uuid
        ORDER BY at DESC, id DESC LIMIT $2`,
      [filter.deadlineId ?? null, filter.limit],
    );
  }

  private async audit(
    tx: { query: DataSource['query'] },
    actor: string,
    action: FilingDeadlineAction,
    deadlineId: string,
    before: FilingDeadlineFields | null,
    after: FilingDeadlineFields,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO filing_deadline_audit (actor, action, deadline_id, before, after) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb)`,
      [actor, action, deadlineId, before === null ? null : JSON.stringify(before), JSON.stringify(after)],
    );
  }
}
