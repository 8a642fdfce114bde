import { DataSource } from 'typeorm';
import type {
  DiscardDraftOutcome,
  DocumentAuditAction,
  DocumentAuditEntry,
  DocumentDraft,
  DocumentDraftStatus,
  DocumentDraftSummary,
  DocumentVersionSummary,
  NewDocumentDraft,
  PublishDraftOutcome,
  StoredDocumentVersion,
} from '@inquiry-router/contracts';
import { UuidPattern } from '@inquiry-router/contracts';

/** The tables of one versioned document: `<prefix>_versions`, `<prefix>_drafts` and `<prefix>_audit`. */
export interface VersionedDocumentTables {
  prefix: 'policy' | 'work_policy';
  /** The document carries its own version name (set when published). */
  stampVersion: boolean;
}

interface VersionRow {
  version: string;
  is_active: boolean;
  published_at: Date;
  published_by: string;
  document: Record<string, unknown>;
}

interface DraftRow {
  id: string;
  base_version: string;
  document: Record<string, unknown>;
  created_by: string;
  created_at: Date;
  comment: string | null;
  status: DocumentDraftStatus;
  published_version: string | null;
}

const toVersionSummary = (r: VersionRow): DocumentVersionSummary => ({
  version: r.version,
  isActive: r.is_active,
  publishedAt: r.published_at,
  publishedBy: r.published_by,
});

const toDraft = (r: DraftRow): DocumentDraft => ({
  id: r.id,
  baseVersion: r.base_version,
  document: r.document,
  createdBy: r.created_by,
  createdAt: r.created_at,
  comment: r.comment,
  status: r.status,
  publishedVersion: r.published_version,
});

/** Published versions of a document (one active), drafts of the next one, and the audit trail of changes. */
export class VersionedDocumentRepository {
  private readonly versionsTable: string;
  private readonly draftsTable: string;
  private readonly auditTable: string;

  constructor(
    protected readonly db: DataSource,
    private readonly tables: VersionedDocumentTables,
  ) {
    this.versionsTable = `${tables.prefix}_versions`;
    this.draftsTable = `${tables.prefix}_drafts`;
    this.auditTable = `${tables.prefix}_audit`;
  }

  /** The document in force now, or null if none was ever published. */
  async active(): Promise<{ version: string; document: Record<string, unknown> } | null> {
    const [row]: VersionRow[] = await this.db.query(`SELECT version, document FROM ${this.versionsTable} WHERE is_active`);
    return row ? { version: row.version, document: row.document } : null;
  }

  /** Newest first, without their documents. */
  async versions(limit = 100): Promise<DocumentVersionSummary[]> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT version, is_active, published_at, published_by FROM ${this.versionsTable}
        ORDER BY published_at DESC, version DESC LIMIT $1`,
      [limit],
    );
    return rows.map(toVersionSummary);
  }

  async version(version: string): Promise<StoredDocumentVersion | null> {
    const [row]: VersionRow[] = await this.db.query(`SELECT * FROM ${this.versionsTable} WHERE version = $1`, [version]);
    return row ? { ...toVersionSummary(row), document: row.document } : null;
  }

  /** Stores a draft and its `draft-created` audit entry together. */
  async createDraft(draft: NewDocumentDraft): Promise<DocumentDraft> {
    return this.db.transaction(async (tx) => {
      const [row]: DraftRow[] = await tx.query(
        `INSERT INTO ${this.draftsTable} (id, base_version, document, created_by, comment) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [draft.id, draft.baseVersion, JSON.stringify(draft.document), draft.createdBy, draft.comment],
      );
      await tx.query(
        `INSERT INTO ${this.auditTable} (actor, action, version, draft_id, changes) VALUES ($1, 'draft-created', $2, $3, $4)`,
        [draft.createdBy, draft.baseVersion, draft.id, JSON.stringify(draft.changes)],
      );
      return toDraft(row);
    });
  }

  async draft(id: string): Promise<DocumentDraft | null> {
    if (!UuidPattern.test(id)) return null;
    const [row]: DraftRow[] = await this.db.query(`SELECT * FROM ${this.draftsTable} WHERE id = $1`, [id]);
    return row ? toDraft(row) : null;
  }

  /** Newest first, without their documents. */
  async drafts(options: { status?: DocumentDraftStatus; limit?: number } = {}): Promise<DocumentDraftSummary[]> {
    const rows: DraftRow[] = await this.db.query(
      `SELECT id, base_version, created_by, created_at, comment, status, published_version FROM ${this.draftsTable}
        WHERE $1::text IS NULL OR status = $1 ORDER BY created_at DESC LIMIT $2`,
      [options.status ?? null, options.limit ?? 100],
    );
    return rows.map((r) => {
      const { document: _none, ...summary } = toDraft(r);
      return summary;
    });
  }

  /**
   * Makes a draft the active version, in one transaction: the draft must still be a draft and its
   * base must still be the active version; the new version is named `YYYY-MM-DD.n` (the n-th of
   * that day in Norway), becomes the only active one, and the audit trail records who and what.
   */
  async publishDraft(id: string, actor: string, changes: unknown[]): Promise<PublishDraftOutcome> {
    if (!UuidPattern.test(id)) return { outcome: 'unknown-draft' };
    return this.db.transaction(async (tx): Promise<PublishDraftOutcome> => {
      // Locking the active row serialises publishes: a second one waits and then finds its base gone.
      const [active]: { version: string }[] = await tx.query(`SELECT version FROM ${this.versionsTable} WHERE is_active FOR UPDATE`);
      const [draft]: DraftRow[] = await tx.query(`SELECT * FROM ${this.draftsTable} WHERE id = $1 FOR UPDATE`, [id]);
      if (!draft) return { outcome: 'unknown-draft' };
      if (draft.status !== 'draft') return { outcome: 'not-a-draft', status: draft.status };
      if (active?.version !== draft.base_version)
        return { outcome: 'stale', baseVersion: draft.base_version, activeVersion: active?.version ?? null };

      // Versions are named for the day in Norway, where the desk is run.
      const [{ version }]: { version: string }[] = await tx.query(
        `WITH today AS (SELECT to_char(now() AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS day)
         SELECT today.day || '.' || (coalesce(max(split_part(v.version, '.', 2)::int), 0) + 1) AS version
           FROM today LEFT JOIN ${this.versionsTable} v
             ON split_part(v.version, '.', 1) = today.day AND split_part(v.version, '.', 2) ~ '^[0-9]{1,9}$'
          GROUP BY today.day`,
      );
      const document = this.tables.stampVersion ? `jsonb_set($2::jsonb, '{version}', to_jsonb($1::text))` : `$2::jsonb`;
      await tx.query(`UPDATE ${this.versionsTable} SET is_active = false WHERE is_active`);
      await tx.query(`INSERT INTO ${this.versionsTable} (version, document, is_active, published_by) VALUES ($1, ${document}, true, $3)`, [
        version,
        JSON.stringify(draft.document),
        actor,
      ]);
      await tx.query(`UPDATE ${this.draftsTable} SET status = 'published', published_version = $2 WHERE id = $1`, [id, version]);
      await tx.query(`INSERT INTO ${this.auditTable} (actor, action, version, draft_id, changes) VALUES ($1, 'published', $2, $3, $4)`, [
        actor,
        version,
        id,
        JSON.stringify(changes),
      ]);
      return { outcome: 'published', version, previousVersion: active.version };
    });
  }

  async discardDraft(id: string, actor: string): Promise<DiscardDraftOutcome> {
    if (!UuidPattern.test(id)) return { outcome: 'unknown-draft' };
    return this.db.transaction(async (tx): Promise<DiscardDraftOutcome> => {
      const [draft]: DraftRow[] = await tx.query(`SELECT status, base_version FROM ${this.draftsTable} WHERE id = $1 FOR UPDATE`, [id]);
      if (!draft) return { outcome: 'unknown-draft' };
      if (draft.status !== 'draft') return { outcome: 'not-a-draft', status: draft.status };
      await tx.query(`UPDATE ${this.draftsTable} SET status = 'discarded' WHERE id = $1`, [id]);
      await tx.query(`INSERT INTO ${this.auditTable} (actor, action, version, draft_id) VALUES ($1, 'discarded', $2, $3)`, [
        actor,
        draft.base_version,
        id,
      ]);
      return { outcome: 'discarded' };
    });
  }

  /** Newest first. */
  async audit(limit = 100): Promise<DocumentAuditEntry[]> {
    const rows: {
      id: string;
      at: Date;
      actor: string;
      action: DocumentAuditAction;
      version: string | null;
      draft_id: string | null;
      changes: unknown[];
    }[] = await this.db.query(
      `SELECT id::text, at, actor, action, version, draft_id, changes FROM ${this.auditTable} ORDER BY at DESC, id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      version: r.version,
      draftId: r.draft_id,
      changes: r.changes,
    }));
  }
}
