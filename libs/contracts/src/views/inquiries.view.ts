import {
  InquiryStatuses,
  type CaseType,
  type Channel,
  type DecisionReason,
  type InquiryStatus,
  type Kind,
  type Language,
  type RoutingTarget,
  type TechnicalCategory,
} from '../vocabulary';
import type { IncidentLinkView } from './notices.view';

/** The sender as the channel knew them; empty once erased. */
export interface SenderView {
  name?: string;
  email?: string;
  phone?: string;
  handle?: string;
  network?: string;
}

/** An attachment's description; its content stays out of the views. */
export interface AttachmentView {
  filename: string;
  contentType: string;
  size: number;
  /** Where its stored content is (`attachment:<id>`); absent when nothing was stored. */
  storageRef?: string;
}

/** The inquiry as it was received (the contracts' `Inquiry`), without where it stands. */
export interface ReceivedInquiryView {
  id: string;
  channel: Channel;
  receivedAt: string;
  from: SenderView;
  /** The support address, number or account it was sent to. */
  to: string;
  subject?: string;
  body: string;
  language?: Language;
  serviceCode?: string;
  threadRef?: string;
  attachments: AttachmentView[];
}

/** The routing decision in force: what, why, under which policy version, and when. */
export interface DecisionView {
  target: RoutingTarget;
  kind: Kind;
  category: TechnicalCategory | null;
  agency: string | null;
  caseType: CaseType | null;
  confidence: number;
  reasons: string[];
  /** The reasons as codes, position for position; absent for a decision made before reasons had codes. */
  reasonCodes?: DecisionReason[];
  policyVersion: string;
  decidedAt: string;
}

/** One entry of an inquiry's or a case's history. Plain strings and details: stored entries may be of events no longer written. */
export interface HistoryEntryView {
  at: string;
  event: string;
  /** null: the system. */
  actor: string | null;
  details: Record<string, unknown>;
}

/** One inquiry of the conversation. */
export interface ThreadEntryView {
  id: string;
  channel: Channel;
  receivedAt: string;
  subject: string | null;
  status: InquiryStatus;
}

/** Where an inquiry stands as the views show it; `reserved`: still queued in the system of record, held for `reservedBy` until accepted. */
export const InquiryViewStatuses = [...InquiryStatuses, 'reserved'] as const;
export type InquiryViewStatus = (typeof InquiryViewStatuses)[number];

/** `GET /api/inquiries/:id` and the answers of the actions on an inquiry. */
export interface InquiryView {
  inquiry: ReceivedInquiryView;
  status: InquiryViewStatus;
  /** A queue name as stored: the lifecycle writes it as text, so it is not narrowed to `QueueName` here. */
  queue: string | null;
  assignedTo: string | null;
  reservedBy: string | null;
  reservedUntil: string | null;
  /** When the answer is due under its service-level target, counted in opening time. */
  dueAt: string | null;
  slaTarget: string | null;
  decision: DecisionView | null;
  history: HistoryEntryView[];
  /** The conversation, oldest first. */
  thread: ThreadEntryView[];
  /** The incidents it is about, latest link first. */
  incidents: IncidentLinkView[];
}

/** `GET /api/agency/inquiries/:id`: the inquiry as the agency it was forwarded to sees it, and why it went there. */
export interface AgencyInquiryView extends Pick<InquiryView, 'inquiry' | 'status'> {
  /** Never null: only a forwarded inquiry, which has its decision, is shown to an agency. */
  decision: DecisionView;
}

/** The incident an inquiry in a listing is linked to (its latest link). */
export type IncidentMarkView = Pick<IncidentLinkView, 'noticeId' | 'title'>;

/** `GET /api/work/mine`: an inquiry the caller holds, reserved for them (not yet accepted) or accepted. */
export interface HeldInquiryView {
  id: string;
  channel: Channel;
  subject: string | null;
  /** As stored, like `InquiryView.queue`. */
  queue: string | null;
  status: 'reserved' | 'claimed';
  receivedAt: string;
  dueAt: string | null;
  reservedUntil: string | null;
  incident: IncidentMarkView | null;
}
