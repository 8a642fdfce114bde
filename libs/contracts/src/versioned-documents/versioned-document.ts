// A document changed by draft, check and publish (the routing policy, the work-distribution policy):
// published versions (one in force), drafts of the next one, and an audit trail of every change.

export const DocumentDraftStatuses = ['draft', 'published', 'discarded'] as const;
export type DocumentDraftStatus = (typeof DocumentDraftStatuses)[number];

export const DocumentAuditActions = ['draft-created', 'published', 'discarded'] as const;
export type DocumentAuditAction = (typeof DocumentAuditActions)[number];

export interface DocumentVersionSummary {
  version: string;
  isActive: boolean;
  publishedAt: Date;
  publishedBy: string;
}

export interface StoredDocumentVersion extends DocumentVersionSummary {
  document: Record<string, unknown>;
}

export interface DocumentDraft {
  id: string;
  baseVersion: string;
  document: Record<string, unknown>;
  createdBy: string;
  createdAt: Date;
  comment: string | null;
  status: DocumentDraftStatus;
  publishedVersion: string | null;
}

export type DocumentDraftSummary = Omit<DocumentDraft, 'document'>;

/** A draft to store, with the changes it makes to its base (for its audit entry). */
export interface NewDocumentDraft {
  id: string;
  baseVersion: string;
  document: object;
  createdBy: string;
  comment: string | null;
  changes: unknown[];
}

export interface DocumentAuditEntry {
  id: string;
  at: Date;
  actor: string;
  action: DocumentAuditAction;
  version: string | null;
  draftId: string | null;
  changes: unknown[];
}

export type PublishDraftOutcome =
  | { outcome: 'published'; version: string; previousVersion: string }
  | { outcome: 'unknown-draft' }
  | { outcome: 'not-a-draft'; status: DocumentDraftStatus }
  /** The draft was made on a version that is no longer in force: it would undo what was published since. */
  | { outcome: 'stale'; baseVersion: string; activeVersion: string | null };

export type DiscardDraftOutcome =
  { outcome: 'discarded' } | { outcome: 'unknown-draft' } | { outcome: 'not-a-draft'; status: DocumentDraftStatus };

/** Where a versioned document is kept: its versions, drafts and audit trail (a Postgres adapter in persistence). */
export abstract class VersionedDocumentStore {
  /** The document in force now, or null if none was ever published. */
  abstract active(): Promise<{ version: string; document: Record<string, unknown> } | null>;
  /** Newest first, without their documents. */
  abstract versions(limit?: number): Promise<DocumentVersionSummary[]>;
  abstract version(version: string): Promise<StoredDocumentVersion | null>;
  /** Stores a draft and its `draft-created` audit entry together. */
  abstract createDraft(draft: NewDocumentDraft): Promise<DocumentDraft>;
  abstract draft(id: string): Promise<DocumentDraft | null>;
  /** Newest first, without their documents. */
  abstract drafts(options?: { status?: DocumentDraftStatus; limit?: number }): Promise<DocumentDraftSummary[]>;
  /** Publishes a draft whose base is still the active version, as the new only active one. */
  abstract publishDraft(id: string, actor: string, changes: unknown[]): Promise<PublishDraftOutcome>;
  abstract discardDraft(id: string, actor: string): Promise<DiscardDraftOutcome>;
  /** Newest first. */
  abstract audit(limit?: number): Promise<DocumentAuditEntry[]>;
}
