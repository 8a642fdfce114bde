import { DataSource } from 'typeorm';
import type { Channel, InquiryParty, Language } from '@inquiry-router/contracts';
import { PolicyVersionEntity } from '../entities/policy-version.entity';
import { PolicyDraftStatus } from '../entities/policy-draft.entity';
import { PolicyAuditAction } from '../entities/policy-audit.entity';

export interface PolicyVersionSummary {
  version: string;
  isActive: boolean;
  publishedAt: Date;
  publishedBy: string;
}

export interface StoredPolicyVersion extends PolicyVersionSummary {
  document: Record<string, unknown>;
}

export interface PolicyDraft {
  id: string;
  baseVersion: string;
  document: Record<string, unknown>;
  createdBy: string;
  createdAt: Date;
  comment: string | null;
  status: PolicyDraftStatus;
  publishedVersion: string | null;
}

export type PolicyDraftSummary = Omit<PolicyDraft, 'document'>;

/** A draft to store, with the changes it was made from (for its audit entry). */
export interface NewPolicyDraft {
  id: string;
  baseVersion: string;
  document: object;
  createdBy: string;
  comment: string | null;
  changes: unknown[];
}

export interface PolicyAuditEntry {
  id: string;
  at: Date;
  actor: string;
  action: PolicyAuditAction;
  version: string | null;
  draftId: string | null;
  changes: unknown[];
}

/** What a simulation needs of a recorded inquiry to classify it again. */
export interface RecordedInquiryText {
  id: string;
  channel: Channel;
  to: string;
  subject?: string;
  body: string;
  serviceCode?: string;
  language?: Language;
  from: InquiryParty;
  receivedAt: Date;
}

/** Where the previous page of `recentInquiries` ended (newest first). */
export interface InquiryCursor {
  receivedAt: Date;
  id: string;
}

export type PublishDraftOutcome =
  | { outcome: 'published'; version: string; previousVersion: string }
  | { outcome: 'unknown-draft' }
  | { outcome: 'not-a-draft'; status: PolicyDraftStatus }
  /** The draft was made on a version that is no longer in force: it would undo what was published since. */
  | { outcome: 'stale'; baseVersion: string; activeVersion: string | null };

export type DiscardDraftOutcome =
  { outcome: 'discarded' } | { outcome: 'unknown-draft' } | { outcome: 'not-a-draft'; status: PolicyDraftStatus };

const UuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface DraftRow {
  id: string;
  base_version: string;
  document: Record<string, unknown>;
  created_by: string;
  created_at: Date;
  comment: string | null;
  status: PolicyDraftStatus;
  published_version: string | null;
}

const toDraft = (r: DraftRow): PolicyDraft => ({
  id: r.id,
  baseVersion: r.base_version,
  document: r.document,
  createdBy: r.created_by,
  createdAt: r.created_at,
  comment: r.comment,
  status: r.status,
  publishedVersion: r.published_version,
});

/** Published policy versions (one active), drafts of the next one, and the audit trail of changes. */
export class PolicyRepository {
  constructor(private readonly db: DataSource) {}

  /** The policy document decisions are made under now, or null if none was ever published. */
  async active(): Promise<{ version: string; document: Record<string, unknown> } | null> {
    const row = await this.db.getRepository(PolicyVersionEntity).findOneBy({ isActive: true });
    return row ? { version: row.version, document: row.document } : null;
  }

  /** Newest first, without their documents. */
  async versions(limit = 100): Promise<PolicyVersionSummary[]> {
    const rows = await this.db.getRepository(PolicyVersionEntity).find({
      select: { version: true, isActive: true, publishedAt: true, publishedBy: true },
      order: { publishedAt: 'DESC', version: 'DESC' },
      take: limit,
    });
    return rows.map(({ version, isActive, publishedAt, publishedBy }) => ({ version, isActive, publishedAt, publishedBy }));
  }

  async version(version: string): Promise<StoredPolicyVersion | null> {
    const row = await this.db.getRepository(PolicyVersionEntity).findOneBy({ version });
    return row
      ? { version: row.version, isActive: row.isActive, publishedAt: row.publishedAt, publishedBy: row.publishedBy, document: row.document }
      : null;
  }

  /** Stores a draft and its `draft-created` audit entry together. */
  async createDraft(draft: NewPolicyDraft): Promise<PolicyDraft> {
    return this.db.transaction(async (tx) => {
      const [row]: DraftRow[] = await tx.query(
        `INSERT INTO policy_drafts (id, base_version, document, created_by, comment) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [draft.id, draft.baseVersion, JSON.stringify(draft.document), draft.createdBy, draft.comment],
      );
      await tx.query(`INSERT INTO policy_audit (actor, action, version, draft_id, changes) VALUES ($1, 'draft-created', $2, $3, $4)`, [
        draft.createdBy,
        draft.baseVersion,
        draft.id,
        JSON.stringify(draft.changes),
      ]);
      return toDraft(row);
    });
  }

  async draft(id: string): Promise<PolicyDraft | null> {
    if (!UuidPattern.test(id)) return null;
    const [row]: DraftRow[] = await this.db.query(`SELECT * FROM policy_drafts WHERE id = $1`, [id]);
    return row ? toDraft(row) : null;
  }

  /** Newest first, without their documents. */
  async drafts(options: { status?: PolicyDraftStatus; limit?: number } = {}): Promise<PolicyDraftSummary[]> {
    const rows: DraftRow[] = await this.db.query(
      `SELECT id, base_version, created_by, created_at, comment, status, published_version FROM policy_drafts
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
      const [active]: { version: string }[] = await tx.query(`SELECT version FROM policy_versions WHERE is_active FOR UPDATE`);
      const [draft]: DraftRow[] = await tx.query(`SELECT * FROM policy_drafts WHERE id = $1 FOR UPDATE`, [id]);
      if (!draft) return { outcome: 'unknown-draft' };
      if (draft.status !== 'draft') return { outcome: 'not-a-draft', status: draft.status };
      if (active?.version !== draft.base_version)
        return { outcome: 'stale', baseVersion: draft.base_version, activeVersion: active?.version ?? null };

      // Versions are named for the day in Norway, where the policy is run.
      const [{ version }]: { version: string }[] = await tx.query(
        `WITH today AS (SELECT to_char(now() AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS day)
         SELECT today.day || '.' || (coalesce(max(split_part(v.version, '.', 2)::int), 0) + 1) AS version
           FROM today LEFT JOIN policy_versions v
             ON split_part(v.version, '.', 1) = today.day AND split_part(v.version, '.', 2) ~ '^[0-9]{1,9}$'
          GROUP BY today.day`,
      );
      await tx.query(`UPDATE policy_versions SET is_active = false WHERE is_active`);
      await tx.query(
        `INSERT INTO policy_versions (version, document, is_active, published_by)
         VALUES ($1, jsonb_set($2::jsonb, '{version}', to_jsonb($1::text)), true, $3)`,
        [version, JSON.stringify(draft.document), actor],
      );
      await tx.query(`UPDATE policy_drafts SET status = 'published', published_version = $2 WHERE id = $1`, [id, version]);
      await tx.query(`INSERT INTO policy_audit (actor, action, version, draft_id, changes) VALUES ($1, 'published', $2, $3, $4)`, [
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
      const [draft]: DraftRow[] = await tx.query(`SELECT status, base_version FROM policy_drafts WHERE id = $1 FOR UPDATE`, [id]);
      if (!draft) return { outcome: 'unknown-draft' };
      if (draft.status !== 'draft') return { outcome: 'not-a-draft', status: draft.status };
      await tx.query(`UPDATE policy_drafts SET status = 'discarded' WHERE id = $1`, [id]);
      await tx.query(`INSERT INTO policy_audit (actor, action, version, draft_id) VALUES ($1, 'discarded', $2, $3)`, [
        actor,
        draft.base_version,
        id,
      ]);
      return { outcome: 'discarded' };
    });
  }

  /** Newest first. */
  async audit(limit = 100): Promise<PolicyAuditEntry[]> {
    const rows: {
      id: string;
      at: Date;
      actor: string;
      action: PolicyAuditAction;
      version: string | null;
      draft_id: string | null;
      changes: unknown[];
    }[] = await this.db.query(
      `SELECT id::text, at, actor, action, version, draft_id, changes FROM policy_audit ORDER BY at DESC, id DESC LIMIT $1`,
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

  /**
   * Inquiries received in the `days` before `asOf` (default now), newest first, `limit` at a time;
   * pass the last one of a page as `before` for the next page.
   */
  async recentInquiries(
    days: number,
    limit: number,
    options: { before?: InquiryCursor; asOf?: Date } = {},
  ): Promise<RecordedInquiryText[]> {
    const rows: {
      id: string;
      channel: Channel;
      to_address: string;
      subject: string | null;
      body: string;
      service_code: string | null;
      language: Language | null;
      sender: InquiryParty;
      received_at: Date;
    }[] = await this.db.query(
      `SELECT id, channel, to_address, subject, body, service_code, language, sender, received_at
         FROM inquiries
        WHERE received_at > $1::timestamptz - make_interval(days => $2::int) AND received_at <= $1::timestamptz
          AND ($3::timestamptz IS NULL OR (received_at, id) < ($3::timestamptz, $4::text))
        ORDER BY received_at DESC, id DESC
        LIMIT $5`,
      [options.asOf ?? new Date(), days, options.before?.receivedAt ?? null, options.before?.id ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      to: r.to_address,
      subject: r.subject ?? undefined,
      body: r.body,
      serviceCode: r.service_code ?? undefined,
      language: r.language ?? undefined,
      from: r.sender,
      receivedAt: r.received_at,
    }));
  }
}
