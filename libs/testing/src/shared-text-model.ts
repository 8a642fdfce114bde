import { DataSource } from 'typeorm';
import { ClassifierModelRepository, createDataSource } from '@inquiry-router/persistence';

/**
 * Makes the text model the global setup trained in the shared test database (from the project's
 * examples, without corrections) the active model of `into`, a test's private database, so that
 * database need not train its own: training takes minutes on a small machine. Copies nothing if
 * the shared database has no active model; `ensureTextModel` after it still trains one if the
 * project's examples changed since.
 */
export async function copySharedTextModel(into: DataSource): Promise<void> {
  const shared = await createDataSource(process.env.DATABASE_URL!, { poolSize: 1, applicationName: 'test' }).initialize();
  try {
    const from = new ClassifierModelRepository(shared);
    const version = await from.activeVersion();
    const summary = version ? (await from.list()).find((m) => m.version === version) : undefined;
    const document = version ? await from.document(version) : null;
    if (!version || !summary || !document) return;
    await new ClassifierModelRepository(into).saveActive({ version, trainedBy: 'test (copied)', report: summary.report, document });
  } finally {
    await shared.destroy();
  }
}
