import type {
  CaseStatus,
  CaseType,
  Channel,
  Kind,
  Language,
  Presence,
  QueueName,
  RoutingTarget,
  TechnicalCategory,
} from '@inquiry-router/contracts/vocabulary';

/** The shapes the workdesk answers with (see apps/workdesk/README.md), in the contracts' own words. */
export interface Decision {
  target: RoutingTarget;
  kind: Kind;
  category: TechnicalCategory | null;
  agency: string | null;
  caseType: CaseType | null;
  confidence: number;
  reasons: string[];
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
}

export interface HeldInquiry {
  id: string;
  channel: Channel;
  subject: string | null;
  queue: QueueName | null;
  status: 'reserved' | 'claimed';
  receivedAt: string;
  dueAt: string | null;
  reservedUntil: string | null;
}

export interface LiveQueue {
  queue: string;
  waiting: number;
  reserved: number;
  inProgress: number;
  oldestReceivedAt: string | null;
  atRisk: number;
  breached: number;
  resolvedToday: number;
  resolvedWithinTarget: number;
  serviceLevel: number | null;
}

export interface LiveOverview {
  since: string;
  queues: LiveQueue[];
  atRisk: { id: string; queue: string; channel: Channel; subject: string | null; receivedAt: string; dueAt: string; breached: boolean }[];
  advisers: {
    username: string;
    presence: Presence;
    lastSeenAt: string | null;
    lines: string[];
    capacity: Record<string, number>;
    load: Record<string, number>;
    reserved: number;
    accepted: number;
  }[];
  today: {
    total: number;
    byChannel: Record<string, number>;
    byTarget: Record<string, number>;
    byCategory: Record<string, number>;
    byAgency: Record<string, number>;
  };
  agencies: {
    awaitingAcknowledgement: number;
    failed: number;
    oldestAwaiting: { inquiryId: string; agency: string; status: string; forwardedAt: string }[];
  };
}

export interface CaseView {
  id: string;
  status: CaseStatus;
  type?: CaseType;
  owner?: string | null;
  inquiryId?: string;
  [k: string]: unknown;
}
