import { DataSource } from 'typeorm';
import { VersionedDocumentRepository } from './versioned-document.repository';

/** The distribution policy documents (queues' reservation times, wait limits, capacities): published versions, drafts, audit trail. */
export class WorkPolicyRepository extends VersionedDocumentRepository {
  constructor(db: DataSource) {
    super(db, { prefix: 'work_policy', stampVersion: false });
  }

  /** The published document in force (defaults apply for what it leaves out). */
  async policyDocument(): Promise<Record<string, unknown>> {
    return (await this.active())?.document ?? {};
  }
}
