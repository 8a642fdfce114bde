import type { CaseEntity, CaseFilter, CaseRecord, CaseTransaction, InquiryForCase } from '@inquiry-router/persistence';

/** The service desk's cases, changed in transactions that also write their history and events. */
export abstract class CaseStore {
  abstract transaction<T>(work: (tx: CaseTransaction) => Promise<T>): Promise<T>;
  abstract inquiryForCase(inquiryId: string): Promise<InquiryForCase | null>;
  /** Whether the router took the inquiry as a satisfaction survey's answer, which never becomes an inquiry (nor a case). */
  abstract takenAsSurveyAnswer(inquiryId: string): Promise<boolean>;
  /** How the router carried out a reclassification to the service desk, if it has yet. */
  abstract reclassificationOutcome(
    inquiryId: string,
    actor: string,
    reclassifiedAt: string,
  ): Promise<'reclassified' | 'reclassification-skipped' | null>;
  abstract list(filter: CaseFilter): Promise<CaseEntity[]>;
  abstract find(id: string): Promise<CaseRecord | null>;
  /** Takes the cases idle for `idleSeconds` whose owners are due a reminder, and lets `announce` write it in the same transaction. */
  abstract takeDueReminders(
    idleSeconds: number,
    limit: number,
    announce: (due: CaseEntity[], tx: CaseTransaction) => Promise<void>,
  ): Promise<CaseEntity[]>;
}
