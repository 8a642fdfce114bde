import { DataSource } from 'typeorm';
import type {
  DiscardDraftOutcome,
  DocumentAuditEntry,
  DocumentDraft,
  DocumentDraftSummary,
  DocumentVersionSummary,
  Inquiry,
  NewDocumentDraft,
  PublishDraftOutcome,
  StoredDocumentVersion,
} from '@inquiry-router/contracts';
import { InquiryEntity } from '../entities/inquiry.entity';
import { entityOfRow, inquiryOf } from '../mappers/inquiry.mapper';
import { VersionedDocumentRepository } from './versioned-document.repository';

// The routing policy's versions, drafts and audit trail, by the names the classifier knows them.
export type PolicyVersionSummary = DocumentVersionSummary;
export type StoredPolicyVersion = StoredDocumentVersion;
export type PolicyDraft = DocumentDraft;
export type PolicyDraftSummary = DocumentDraftSummary;
export type NewPolicyDraft = NewDocumentDraft;
export type PolicyAuditEntry = DocumentAuditEntry;
export type { DiscardDraftOutcome, PublishDraftOutcome };

/** Where the previous page of `recentInquiries` ended (newest first). */
export interface InquiryCursor {
  receivedAt: Date;
  id: string;
}

/** Published policy versions (one active), drafts of the next one, and the audit trail of changes. */
export class PolicyRepository extends VersionedDocumentRepository {
  constructor(db: DataSource) {
    super(db, { prefix: 'policy', stampVersion: true });
  }

  /**
   * Inquiries received in the `days` before `asOf` (default now), newest first, `limit` at a time;
   * pass the last one of a page as `before` for the next page.
   */
  async recentInquiries(days: number, limit: number, options: { before?: InquiryCursor; asOf?: Date } = {}): Promise<Inquiry[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT id, channel, received_at, sender, to_address, subject, body, language, service_code, thread_ref, attachments
         FROM inquiries
        WHERE received_at > $1::timestamptz - make_interval(days => $2::int) AND received_at <= $1::timestamptz
          AND ($3::timestamptz IS NULL OR (received_at, id) < ($3::timestamptz, $4::text))
        ORDER BY received_at DESC, id DESC
        LIMIT $5`,
      [options.asOf ?? new Date(), days, options.before?.receivedAt ?? null, options.before?.id ?? null, limit],
    );
    return rows.map((row) => inquiryOf(entityOfRow(this.db, InquiryEntity, row)));
  }
}
