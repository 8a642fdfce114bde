import type { Presence } from '../vocabulary';
import type { IncidentCountView } from './notices.view';

/** One queue on the supervisors' dashboard. */
export interface LiveQueueView {
  queue: string;
  waiting: number;
  reserved: number;
  inProgress: number;
  oldestReceivedAt: string | null;
  atRisk: number;
  breached: number;
  resolvedToday: number;
  resolvedWithinTarget: number;
  /** resolvedWithinTarget / resolvedToday, null when nothing was resolved today. */
  serviceLevel: number | null;
}

/** One adviser on the supervisors' dashboard: presence, and what they hold against their capacity per channel. */
export interface LiveAdviserView {
  username: string;
  presence: Presence;
  lastSeenAt: string | null;
  lines: string[];
  capacity: Record<string, number>;
  load: Record<string, number>;
  reserved: number;
  accepted: number;
}

/** What the workdesk's `/api/live` streams: everything on the supervisors' dashboard that moves. */
export interface LiveOverview {
  /** Start of today in Europe/Oslo: what "today" counts from. */
  since: string;
  queues: LiveQueueView[];
  atRisk: { id: string; queue: string; channel: string; subject: string | null; receivedAt: string; dueAt: string; breached: boolean }[];
  advisers: LiveAdviserView[];
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
  /** Inquiries per incident in force or ended in the last 24 hours, with links; newest incident first. */
  incidents: IncidentCountView[];
}
