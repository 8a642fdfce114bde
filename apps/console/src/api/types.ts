/** The shapes the workdesk answers with (see apps/workdesk/README.md). */
export type Role = 'adviser' | 'supervisor' | 'agency' | 'admin';
export type Presence = 'available' | 'busy' | 'away' | 'offline';
export const Presences: Presence[] = ['available', 'busy', 'away', 'offline'];
export const Queues = ['first-line', 'second-line', 'servicedesk'] as const;
export const CaseTypes = ['support', 'feil', 'bestilling'] as const;
export const TechnicalCategories = ['login', 'find-service', 'roles-rights', 'inbox', 'form-filling', 'attachments', 'signing', 'submission', 'integration', 'other'] as const;
export const CaseStatuses = ['registered', 'in-progress', 'waiting-reporter', 'waiting-supplier', 'resolved', 'closed'] as const;

export interface Decision {
  target: string;
  kind: string;
  category: string | null;
  agency: string | null;
  caseType: string | null;
  confidence: number;
  reasons: string[];
  policyVersion: string;
  decidedAt: string;
}

export interface InquiryView {
  inquiry: {
    id: string;
    channel: string;
    receivedAt: string;
    from: Record<string, unknown>;
    to: string;
    subject?: string;
    body: string;
    language?: string;
    attachments: { filename?: string; contentType?: string; size?: number; id?: string; [k: string]: unknown }[];
  };
  status: string;
  queue: string | null;
  assignedTo: string | null;
  reservedBy: string | null;
  reservedUntil: string | null;
  dueAt: string | null;
  slaTarget: string | null;
  decision: Decision | null;
  history: { at: string; event: string; actor: string | null; details: Record<string, unknown> }[];
  thread: { id: string; channel: string; receivedAt: string; subject: string | null; status: string }[];
}

export interface HeldInquiry {
  id: string;
  channel: string;
  subject: string | null;
  queue: string | null;
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
  atRisk: { id: string; queue: string; channel: string; subject: string | null; receivedAt: string; dueAt: string; breached: boolean }[];
  advisers: { username: string; presence: Presence; lastSeenAt: string | null; lines: string[]; capacity: Record<string, number>; load: Record<string, number>; reserved: number; accepted: number }[];
  today: { total: number; byChannel: Record<string, number>; byTarget: Record<string, number>; byCategory: Record<string, number>; byAgency: Record<string, number> };
  agencies: { awaitingAcknowledgement: number; failed: number; oldestAwaiting: { inquiryId: string; agency: string; status: string; forwardedAt: string }[] };
}

export interface CaseView {
  id: string;
  status: string;
  type?: string;
  owner?: string | null;
  inquiryId?: string;
  [k: string]: unknown;
}
