import type {
  DiscardDraftOutcome,
  InquiryCursor,
  NewPolicyDraft,
  PolicyAuditEntry,
  PolicyDraft,
  PolicyDraftStatus,
  PolicyDraftSummary,
  PolicyVersionSummary,
  PublishDraftOutcome,
  RecordedInquiryText,
  StoredPolicyVersion,
} from '@inquiry-router/persistence';

/** The published routing policy versions, drafts of the next one, and the audit trail (Postgres). */
export abstract class PolicyStore {
  /** The policy document decisions are made under now, or null if none was ever published. */
  abstract active(): Promise<{ version: string; document: Record<string, unknown> } | null>;
  /** Newest first, without their documents. */
  abstract versions(limit?: number): Promise<PolicyVersionSummary[]>;
  abstract version(version: string): Promise<StoredPolicyVersion | null>;
  /** Stores a draft and its `draft-created` audit entry together. */
  abstract createDraft(draft: NewPolicyDraft): Promise<PolicyDraft>;
  abstract draft(id: string): Promise<PolicyDraft | null>;
  /** Newest first, without their documents. */
  abstract drafts(options?: { status?: PolicyDraftStatus; limit?: number }): Promise<PolicyDraftSummary[]>;
  /** Publishes a draft whose base is still the active version, as the new only active one. */
  abstract publishDraft(id: string, actor: string, changes: unknown[]): Promise<PublishDraftOutcome>;
  abstract discardDraft(id: string, actor: string): Promise<DiscardDraftOutcome>;
  /** Newest first. */
  abstract audit(limit?: number): Promise<PolicyAuditEntry[]>;
  /** Inquiries received in the `days` before `asOf` (default now), newest first; `before` pages on. */
  abstract recentInquiries(days: number, limit: number, options?: { before?: InquiryCursor; asOf?: Date }): Promise<RecordedInquiryText[]>;
}

/** The trained text models; one is active. */
export abstract class TextModelStore {
  abstract activeVersion(): Promise<string | null>;
  abstract document(version: string): Promise<Record<string, unknown> | null>;
}
