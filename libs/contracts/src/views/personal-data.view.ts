import type { Channel, IdentityKeyKind, OutboundHistoryEvent } from '../vocabulary';
import type { InquirerAuditEntryView, InquirerLinkSuggestionView, InquirerMatchView, PersonalDataReadView } from './inquirers.view';
import type { HistoryEntryView, SenderView } from './inquiries.view';

/** The sender, as on the inquiry's view. */
export type ExportedSenderView = SenderView;

/** An attachment as stored: its content as base64 when small enough, else a note saying why not. */
export interface ExportedAttachmentView {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storedAt: string;
  contentBase64: string | null;
  note?: string;
}

/**
 * A message we wrote the person (an answer, a notice, a case update), as its history records it:
 * sent, to be said on a call back, or not deliverable to them on the channel (with why).
 */
export interface ExportedMessageView {
  at: string;
  event: OutboundHistoryEvent;
  messageId: string | null;
  channel: string | null;
  purpose: string | null;
  subject: string | null;
  body: string | null;
  /** Why it could not be delivered (`message-undeliverable`); null for the others. */
  reason: string | null;
}

/** One inquiry of the person with everything kept about it. */
export interface ExportedInquiryView {
  id: string;
  channel: Channel;
  receivedAt: string;
  recordedAt: string;
  sender: ExportedSenderView;
  /** Our address, number or account it was sent to. */
  to: string;
  subject: string | null;
  body: string;
  language: string | null;
  serviceCode: string | null;
  threadId: string;
  threadRef: string | null;
  status: string;
  queue: string | null;
  agency: string | null;
  assignedTo: string | null;
  match: InquirerMatchView | null;
  personalDataErasedAt: string | null;
  decision: {
    target: string;
    kind: string;
    category: string | null;
    agency: string | null;
    caseType: string | null;
    confidence: number;
    reasons: string[];
    policyVersion: string;
    decidedAt: string;
  } | null;
  history: HistoryEntryView[];
  /** Sent, or to be said on a call back. */
  messagesSent: ExportedMessageView[];
  /** Written to the person but not deliverable on the channel (a withheld number, no address). */
  messagesNotDelivered: ExportedMessageView[];
  cases: { id: string; type: string; status: string; owner: string | null; createdAt: string; updatedAt: string }[];
  attachments: ExportedAttachmentView[];
  /** The kinds of identity key it carries; the keys themselves are kept only as keyed hashes, which mean nothing outside. */
  keys: IdentityKeyKind[];
  agencyDeliveries: { agency: string; status: string; forwardedAt: string; deliveredAt: string | null; answeredAt: string | null }[];
  incidentLinks: { noticeId: string; linkedAt: string; explanation: string[]; answeredAt: string | null }[];
  /** What people taught the classifier with this inquiry (its text as the classifier saw it). */
  classificationExamples: {
    source: string;
    label: unknown;
    rejectedTarget: string | null;
    reason: string;
    actor: string;
    createdAt: string;
    subject: string | null;
    body: string;
  }[];
}

/** `GET /api/inquirers/:inquirerId/export`: everything held on one person, as one document. */
export interface PersonalDataExportView {
  inquirerId: string;
  exportedAt: string;
  exportedBy: string;
  firstRecordedAt: string;
  lastContactAt: string;
  /** Newest first. */
  inquiries: ExportedInquiryView[];
  /** Quoted references of ours that link (or were offered to link) the person's contacts with others. */
  suggestions: (InquirerLinkSuggestionView & { inquiryId: string; decidedBy: string | null; decidedAt: string | null })[];
  /** Who read the person's personal data before this export, newest first. */
  reads: PersonalDataReadView[];
  /** Merges, splits, links, exports and erasures of the person, newest first. */
  audit: InquirerAuditEntryView[];
}

/** `POST /api/inquirers/:inquirerId/erase`. */
export interface PersonalDataErasureView {
  erasedInquiries: number;
}

/** `POST /api/inquirers/:id/erase`: why the person's data is erased (their request, its date, how it came), for the audit. */
export interface PersonalDataErasureOrder {
  note: string;
}
