import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { parseRoutingPolicy, TrainingExample, TrainingReport, trainTextModel } from '@inquiry-router/classification';
import {
  ClassificationExampleRepository,
  ClassifierModelRepository,
  createDataSource,
  PolicyRepository,
  TrainingCorrection,
} from '@inquiry-router/persistence';
import { loadProjectExamples, projectExamplesDigest } from './project-examples';

/** A person's correction outweighs a written example: it is what the service actually sees. */
export const CorrectionWeight = 3;

/**
 * Corrections recorded by advisers and agencies, as training examples: per inquiry the newest
 * label wins; an inquiry only ever returned as "not ours" teaches which target it is not.
 */
export function correctionsAsExamples(newestFirst: TrainingCorrection[]): TrainingExample[] {
  const byInquiry = new Map<string, TrainingExample>();
  for (const r of newestFirst) {
    const known = byInquiry.get(r.inquiryId);
    if (known?.label) continue;
    const inquiry = {
      channel: r.channel,
      to: r.toAddress,
      subject: r.subject ?? undefined,
      body: r.body,
      serviceCode: r.serviceCode ?? undefined,
    };
    if (r.label) byInquiry.set(r.inquiryId, { id: `correction:${r.inquiryId}`, inquiry, label: r.label, weight: CorrectionWeight });
    else if (!known && r.rejectedTarget)
      byInquiry.set(r.inquiryId, { id: `return:${r.inquiryId}`, inquiry, rejectedTarget: r.rejectedTarget, weight: CorrectionWeight });
  }
  return [...byInquiry.values()];
}

export const modelVersion = (now: Date): string =>
  `model-${now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}`;

/**
 * Trains a model from the project's examples and the recorded corrections under the active policy,
 * stores it and makes it the active one (the classifier picks it up on its next check).
 */
export async function trainAndActivate(
  db: DataSource,
  trainedBy: string,
  options: { withCorrections?: boolean; now?: Date } = {},
): Promise<{ version: string; report: TrainingReport }> {
  const now = options.now ?? new Date();
  const active = await new PolicyRepository(db).active();
  if (!active) throw new Error('no active routing policy: run the migrations first');
  const policy = parseRoutingPolicy(active.document, active.version);
  const project = loadProjectExamples();
  const corrections = options.withCorrections === false ? [] : correctionsAsExamples(await new ClassificationExampleRepository(db).all());
  const version = modelVersion(now);
  const { model, report } = trainTextModel([...project, ...corrections], policy, { version });
  const document = model.toDocument(now.toISOString());
  await new ClassifierModelRepository(db).saveActive({
    version,
    trainedBy,
    report: {
      ...report,
      policyVersion: policy.version,
      projectExamples: project.length,
      projectExamplesDigest: projectExamplesDigest(),
      recordedCorrections: corrections.length,
    },
    document: document as unknown as Record<string, unknown>,
  });
  return { version, report };
}

/**
 * Trains a model when none is active (a fresh database) or the active one was trained on other
 * project examples than the ones checked out, so a start always decides with the current examples.
 * `withCorrections: false` (the test setup) leaves recorded corrections out: there they are what
 * earlier test runs did, and must not change what later runs decide.
 */
export async function ensureModel(db: DataSource, options: { withCorrections: boolean }): Promise<string | null> {
  const models = new ClassifierModelRepository(db);
  const version = await models.activeVersion();
  const active = version ? (await models.list()).find((m) => m.version === version) : undefined;
  const current =
    active?.report.projectExamplesDigest === projectExamplesDigest() &&
    (options.withCorrections || active?.report.recordedCorrections === 0);
  if (current) return null;
  return (await trainAndActivate(db, 'setup', options)).version;
}

/**
 * Makes sure a text model trained on the checked-out project examples is active (trains one if
 * not); `withCorrections: false` leaves the recorded corrections out (the test database).
 */
export async function ensureTextModel(url: string, log: Logger, options = { withCorrections: true }): Promise<void> {
  const ds = await createDataSource(url, { poolSize: 1, applicationName: 'train' }).initialize();
  try {
    const trained = await ensureModel(ds, options);
    if (trained) log.info(`trained text model ${trained} from the project's examples`);
  } finally {
    await ds.destroy();
  }
}
