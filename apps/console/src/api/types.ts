import type {
  CaseStatus,
  CaseType,
  Channel,
  DecisionReason,
  Kind,
  Language,
  QueueName,
  RoutingTarget,
  TechnicalCategory,
} from '@inquiry-router/contracts/vocabulary';
import type { IncidentLinkView, NoticeTextView } from '@inquiry-router/contracts/views';

/** The live overview's shapes are the workdesk's own, shared through the contracts. */
export type { LiveOverview, LiveQueueView } from '@inquiry-router/contracts/views';

/** The incident an inquiry in a listing is linked to, if any. */
export interface IncidentMark {
  noticeId: string;
  title: NoticeTextView;
}

/** The shapes the workdesk answers with (see apps/workdesk/README.md), in the contracts' own words. */
export interface Decision {
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

export interface InquiryView {
  inquiry: {
    id: string;
    channel: Channel;
    receivedAt: string;
    from: Record<string, unknown>;
    to: string;
    subject?: string;
    body: string;
    language?: Language;
    attachments: { filename?: string; contentType?: string; size?: number; id?: string; [k: string]: unknown }[];
  };
  status: string;
  queue: QueueName | null;
  assignedTo: string | null;
  reservedBy: string | null;
  reservedUntil: string | null;
  dueAt: string | null;
  slaTarget: string | null;
  decision: Decision | null;
  history: { at: string; event: string; actor: string | null; details: Record<string, unknown> }[];
  thread: { id: string; channel: Channel; receivedAt: string; subject: string | null; status: string }[];
  /** The incidents it is linked to, each with why. */
  incidents: IncidentLinkView[];
}

/** `GET /api/agency/inquiries/:id`: the inquiry as the agency it was forwarded to sees it, and why it went there. */
export type AgencyInquiryView = Pick<InquiryView, 'inquiry' | 'status' | 'decision'>;

export interface HeldInquiry {
  id: string;
  channel: Channel;
  subject: string | null;
  queue: QueueName | null;
  status: 'reserved' | 'claimed';
  receivedAt: string;
  dueAt: string | null;
  reservedUntil: string | null;
  incident: IncidentMark | null;
}

export interface CaseView {
  id: string;
  status: CaseStatus;
  type?: CaseType;
  owner?: string | null;
  inquiryId?: string;
  [k: string]: unknown;
}
