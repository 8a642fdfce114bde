import { type Inquiry, VersionedDocumentStore } from '@inquiry-router/contracts';
import type { InquiryCursor } from '@inquiry-router/persistence';

/** The published routing policy versions, drafts of the next one, and the audit trail (Postgres). */
export abstract class PolicyStore extends VersionedDocumentStore {
  /** Inquiries received in the `days` before `asOf` (default now), newest first; `before` pages on. */
  abstract recentInquiries(days: number, limit: number, options?: { before?: InquiryCursor; asOf?: Date }): Promise<Inquiry[]>;
}

/** The trained text models; one is active. */
export abstract class TextModelStore {
  abstract activeVersion(): Promise<string | null>;
  abstract document(version: string): Promise<Record<string, unknown> | null>;
}
