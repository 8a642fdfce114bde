import type { DeadlineOccurrence as ForecastDeadline } from '@inquiry-router/forecasting';
import type {
  AdviserCompetences,
  ContactIntervalCount,
  HandleTimeStats,
  PlanningAuditEntry,
  PlanningAuditSubject,
  PlanningSettings,
  ProposalFields,
  ProposalRecord,
  RosterShiftFields,
  RosterShiftRecord,
  FilingDeadlineAction,
  FilingDeadlineAuditEntry,
  FilingDeadlineChange,
  FilingDeadlineFields,
  FilingDeadlineRecord,
} from '@inquiry-router/persistence';

/** The filing-deadline calendar as kept, each change written with its audit row. */
export abstract class FilingDeadlineStore {
  abstract list(filter: { includeInactive: boolean }): Promise<FilingDeadlineRecord[]>;
  abstract find(id: string): Promise<FilingDeadlineRecord | null>;
  abstract create(fields: FilingDeadlineFields, actor: string): Promise<FilingDeadlineRecord | 'duplicate'>;
  abstract update(
    id: string,
    patch: Partial<FilingDeadlineFields>,
    action: FilingDeadlineAction,
    actor: string,
  ): Promise<FilingDeadlineChange>;
  abstract auditTrail(filter: { deadlineId?: string; limit: number }): Promise<FilingDeadlineAuditEntry[]>;
}

/** The contact history the forecast learns from: counts per half-hour, handle times, what was generated. */
export abstract class ContactHistory {
  abstract countsPerInterval(from: Date, to: Date): Promise<ContactIntervalCount[]>;
  abstract receivedSpan(): Promise<{ first: Date; last: Date } | null>;
  abstract handleTimes(from: Date, to: Date): Promise<HandleTimeStats[]>;
  abstract anyGenerated(from: Date, to: Date): Promise<boolean>;
}

/** The filing-deadline calendar's occurrences as the forecast takes them. */
export abstract class ForecastDeadlines {
  abstract between(from: string, to: string): Promise<ForecastDeadline[]>;
}

/** The roster, the planning settings and the extended-hours proposals, every change audited. */
export abstract class PlanningStore {
  abstract adviserExists(username: string): Promise<boolean>;
  abstract adviserCount(): Promise<number>;
  abstract shifts(range: { from: string; to: string }): Promise<RosterShiftRecord[]>;
  abstract shift(id: string): Promise<RosterShiftRecord | null>;
  abstract addShift(fields: RosterShiftFields, actor: string): Promise<RosterShiftRecord>;
  abstract changeShift(id: string, fields: RosterShiftFields, actor: string): Promise<RosterShiftRecord | null>;
  abstract removeShift(id: string, actor: string): Promise<RosterShiftRecord | null>;
  abstract settings(): Promise<PlanningSettings>;
  abstract saveSettings(next: PlanningSettings, actor: string): Promise<PlanningSettings>;
  abstract proposals(range?: { from?: string; to?: string }): Promise<ProposalRecord[]>;
  abstract proposal(id: string): Promise<ProposalRecord | null>;
  abstract refreshProposals(
    range: { from: string; to: string },
    proposed: readonly ProposalFields[],
    actor: string,
  ): Promise<ProposalRecord[]>;
  abstract decideProposal(
    id: string,
    status: 'accepted' | 'dismissed',
    actor: string,
  ): Promise<{ outcome: 'decided' | 'already' | 'conflict'; proposal: ProposalRecord } | null>;
  abstract attachOpeningException(id: string, openingExceptionId: string): Promise<ProposalRecord>;
  abstract reopenProposal(id: string, actor: string, why: string): Promise<void>;
  abstract auditTrail(filter: { subject?: PlanningAuditSubject; subjectId?: string; limit: number }): Promise<PlanningAuditEntry[]>;
}

/** Advisers' competence levels as the competences register keeps them: the roster weighs trainees by them. */
export abstract class RosterCompetences {
  /** Every adviser on the register; only `adviser` when named. */
  abstract register(adviser?: string): Promise<AdviserCompetences[]>;
}
