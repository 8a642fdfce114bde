import type {
  AdviserLinking,
  InquirerAuditRecord,
  InquirerChanged,
  InquirerRecord,
  MergeOutcome,
  SplitOutcome,
  SuggestionOutcome,
} from '@inquiry-router/persistence';

/** The persons behind inquiries, as advisers see and correct them; each change audited in the same transaction. */
export abstract class Inquirers {
  abstract inquirerOf(inquiryId: string, contactLimit?: number): Promise<InquirerRecord | null>;
  abstract merge(inquiryId: string, otherInquiryId: string, by: AdviserLinking): Promise<MergeOutcome>;
  abstract split(inquiryId: string, by: AdviserLinking): Promise<SplitOutcome>;
  abstract confirmSuggestion(id: string, by: AdviserLinking): Promise<SuggestionOutcome<InquirerChanged>>;
  abstract rejectSuggestion(id: string, by: AdviserLinking): Promise<SuggestionOutcome<{ outcome: 'rejected' }>>;
  abstract auditOf(inquirerId: string, limit: number): Promise<InquirerAuditRecord[]>;
}
