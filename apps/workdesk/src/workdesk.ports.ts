import type { IncidentCountView, Presence } from '@inquiry-router/contracts';
import type { OutboxMessage } from '@inquiry-router/messaging';
import type {
  AdviserProfile,
  AdviserSkills,
  AdviserWithLoad,
  AgencyInquiryListItem,
  InquiryRecord,
  LiveOverviewRows,
  NewClassificationExample,
  NewOpeningException,
  OpeningExceptionRecord,
  ServiceLevelTargetRow,
  UserEntity,
} from '@inquiry-router/persistence';

/** Inquiries as recorded, with their decision and history. */
export abstract class InquiryRecords {
  abstract find(id: string): Promise<InquiryRecord | null>;
  /** The inquiry if it was forwarded to `agency`: what that agency may see. */
  abstract findForwardedTo(agency: string, id: string): Promise<InquiryRecord | null>;
}

/** The users who sign in (development issuer) and who may own cases. */
export abstract class UserDirectory {
  abstract findByUsername(username: string): Promise<UserEntity | null>;
}

/** Advisers: their skills, presence and what they hold. */
export abstract class AdviserRoster {
  abstract update(username: string, skills: AdviserSkills): Promise<AdviserProfile>;
  abstract setPresence(username: string, presence: Presence): Promise<{ before: Presence; profile: AdviserProfile }>;
  abstract heartbeat(username: string): Promise<AdviserProfile | null>;
  /** Sets advisers unheard of for `seconds` offline; returns who they were. */
  abstract markSilentOffline(seconds: number): Promise<string[]>;
  abstract listWithLoad(): Promise<AdviserWithLoad[]>;
}

/** People's corrections of decisions, the examples the text model learns from, recorded with their events. */
export abstract class CorrectionExamples {
  abstract record(example: NewClassificationExample, events?: readonly OutboxMessage[]): Promise<{ id: string }>;
}

/** Extended hours and closures supervisors ordered. */
export abstract class OpeningExceptions {
  abstract exceptions(range?: { from?: string; to?: string }): Promise<OpeningExceptionRecord[]>;
  abstract addException(e: NewOpeningException): Promise<OpeningExceptionRecord>;
  abstract removeException(id: string): Promise<OpeningExceptionRecord | null>;
}

/** The service-level targets per queue and channel, as stored. */
export abstract class ServiceLevelTargets {
  abstract serviceLevelTargets(): Promise<ServiceLevelTargetRow[]>;
  abstract saveServiceLevelTarget(t: ServiceLevelTargetRow): Promise<ServiceLevelTargetRow>;
}

/** The supervisors' dashboard as the system of record has it. */
export abstract class LiveOverviewSource {
  abstract read(now: Date, since: Date, atRiskLimit?: number): Promise<LiveOverviewRows>;
}

/** Inquiries per incident, for the dashboard. */
export abstract class IncidentCounts {
  /** Incidents in force or ended since `endedSince`, with links: how many linked, how many not yet resolved. */
  abstract incidentCounts(endedSince: Date): Promise<IncidentCountView[]>;
}

/** What an agency sees of the inquiries forwarded to it, and its acknowledgements and answers. */
export abstract class AgencyInbox {
  abstract listForAgency(agency: string, filter: { unacknowledged: boolean; limit: number }): Promise<AgencyInquiryListItem[]>;
  abstract acknowledge(agency: string, inquiryId: string, actor: string): Promise<{ acknowledgedAt: Date; acknowledgedBy: string } | null>;
  /** Resolves the inquiry with the agency's answer, its events in the outbox in the same transaction. */
  abstract resolveWithAnswer(
    agency: string,
    inquiryId: string,
    actor: string,
    answer: { messageId: string },
    events: readonly OutboxMessage[],
  ): Promise<'resolved' | 'not-found' | 'already-resolved'>;
}
