import { DataSource } from 'typeorm';

/** The stored distribution policy document (queues' reservation times, wait limits, capacities). */
export class WorkPolicyRepository {
  constructor(private readonly db: DataSource) {}

  /** The stored distribution policy document (defaults apply for what it leaves out). */
  async policyDocument(): Promise<Record<string, unknown>> {
    const [row]: { document: Record<string, unknown> }[] = await this.db.query(`SELECT document FROM work_policy WHERE id`);
    return row?.document ?? {};
  }

  async savePolicyDocument(document: Record<string, unknown>, by: string): Promise<void> {
    await this.db.query(
      `INSERT INTO work_policy (id, document, updated_by) VALUES (true, $1::jsonb, $2)
       ON CONFLICT (id) DO UPDATE SET document = $1::jsonb, updated_by = $2, updated_at = now()`,
      [JSON.stringify(document), by],
    );
  }
}
