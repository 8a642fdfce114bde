import { DataSource } from 'typeorm';
import { PolicyVersionEntity } from '../entities/policy-version.entity';

export class PolicyRepository {
  constructor(private readonly db: DataSource) {}

  /** The policy document decisions are made under now, or null if none was ever published. */
  async active(): Promise<{ version: string; document: Record<string, unknown> } | null> {
    const row = await this.db.getRepository(PolicyVersionEntity).findOneBy({ isActive: true });
    return row ? { version: row.version, document: row.document } : null;
  }
}
