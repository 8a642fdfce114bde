import type {
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
