import type {
  AdviserCompetences,
  AdviserUpdateConfirmation,
  AdviserUpdateFields,
  AdviserUpdateRecord,
  CompetenceAuditRecord,
  CompetenceRecord,
  CompetenceSetting,
  MenteeEscalationRecord,
} from '@inquiry-router/persistence';

/** Advisers' competences and mentors; every change audited in the same transaction. */
export abstract class Competences {
  /** Null: not on the adviser register. */
  abstract competencesOf(adviser: string): Promise<CompetenceRecord[] | null>;
  /** Every adviser on the register with their queues and competences; only `adviser` when named. */
  abstract register(adviser?: string): Promise<AdviserCompetences[]>;
  /** Null: the adviser is not on the register. */
  abstract set(setting: CompetenceSetting, actor: string): Promise<CompetenceRecord | 'unchanged' | 'removed' | null>;
  abstract audit(adviser?: string, limit?: number): Promise<CompetenceAuditRecord[]>;
  abstract escalationsHeldBy(mentor: string): Promise<MenteeEscalationRecord[]>;
}

/** Updates advisers must take in, and their confirmations. */
export abstract class AdviserUpdates {
  abstract publish(fields: AdviserUpdateFields, actor: string): Promise<AdviserUpdateRecord>;
  abstract list(): Promise<AdviserUpdateRecord[]>;
  abstract find(id: string): Promise<AdviserUpdateRecord | null>;
  abstract confirmations(id: string): Promise<AdviserUpdateConfirmation[]>;
  abstract withConfirmationsOf(adviser: string): Promise<(AdviserUpdateRecord & { confirmedAt: Date | null })[]>;
  abstract unconfirmedRequired(adviser: string): Promise<AdviserUpdateRecord[]>;
  abstract confirm(id: string, adviser: string): Promise<Date>;
}
