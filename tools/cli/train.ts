/**
 * Retrains the classifier's text model from the project's own examples
 * (libs/classification/training/*.jsonl) plus the corrections advisers and agencies recorded, and
 * makes it the active model; running classifiers pick it up without a restart.
 * Usage: npm run train   (DATABASE_URL as for the apps)
 */
import { CommonEnv, loadConfig } from '@inquiry-router/runtime';
import { createDataSource } from '@inquiry-router/persistence';
import { trainAndActivate } from '../training/train-model';

async function main(): Promise<void> {
  const env = loadConfig(CommonEnv);
  const db = await createDataSource(env.DATABASE_URL, { poolSize: 1, applicationName: 'train' }).initialize();
  try {
    const started = Date.now();
    const { version, report } = await trainAndActivate(db, process.env.USER ?? 'npm run train');
    process.stdout.write(`model ${version} active, trained in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.stdout.write(`examples: ${report.examples} (corrections ${report.corrections}, "not ours" returns ${report.rejections})\n`);
    for (const [name, head] of Object.entries(report.heads)) {
      process.stdout.write(
        `  ${name.padEnd(9)} ${String(head.examples).padStart(5)} examples, cross-validated accuracy ${head.crossValidatedAccuracy ?? '-'}, temperature ${head.temperature}\n`,
      );
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`train failed: ${(error as Error).message}\n`);
  process.exit(1);
});
