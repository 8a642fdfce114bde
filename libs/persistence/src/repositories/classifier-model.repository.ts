import { DataSource } from 'typeorm';

export interface ClassifierModelSummary {
  version: string;
  trainedAt: Date;
  trainedBy: string;
  report: Record<string, unknown>;
  isActive: boolean;
}

/** Trained text models; exactly one is active at a time. */
export class ClassifierModelRepository {
  constructor(private readonly db: DataSource) {}

  /** The active model's version: a cheap query to poll for changes. */
  async activeVersion(): Promise<string | null> {
    const rows: { version: string }[] = await this.db.query(`SELECT version FROM classifier_models WHERE is_active`);
    return rows[0]?.version ?? null;
  }

  /** The model document of a version (the model is large: load it only when the version changed). */
  async document(version: string): Promise<Record<string, unknown> | null> {
    const rows: { document: Record<string, unknown> }[] = await this.db.query(`SELECT document FROM classifier_models WHERE version = $1`, [
      version,
    ]);
    return rows[0]?.document ?? null;
  }

  /** Stores a model and makes it the active one, in one transaction. */
  async saveActive(model: {
    version: string;
    trainedBy: string;
    report: Record<string, unknown>;
    document: Record<string, unknown>;
  }): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE classifier_models SET is_active = false WHERE is_active`);
      await tx.query(`INSERT INTO classifier_models (version, trained_by, report, document, is_active) VALUES ($1, $2, $3, $4, true)`, [
        model.version,
        model.trainedBy,
        JSON.stringify(model.report),
        JSON.stringify(model.document),
      ]);
    });
  }

  async list(): Promise<ClassifierModelSummary[]> {
    const rows: { version: string; trained_at: Date; trained_by: string; report: Record<string, unknown>; is_active: boolean }[] =
      await this.db.query(`SELECT version, trained_at, trained_by, report, is_active FROM classifier_models ORDER BY trained_at DESC`);
    return rows.map((r) => ({
      version: r.version,
      trainedAt: r.trained_at,
      trainedBy: r.trained_by,
      report: r.report,
      isActive: r.is_active,
    }));
  }
}
