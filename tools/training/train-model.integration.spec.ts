// Integration: real Kafka broker and Postgres (a database of this file's own, since it activates
// text models that every classifier reads) and Redis; classifier, router and workdesk run as real
// processes. Shows the whole loop: an adviser's correction, `npm run train`'s training, the
// classifier taking the new model without a restart, and a later similar inquiry decided differently.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@inquiry-router/local-system';
import { copySharedTextModel, eventually, pipelineApi, TestPipeline } from '@inquiry-router/testing';
import { ensureTextModel } from './train-model';

const run = promisify(execFile);

/**
 * `npm run train` as an operator runs it: the build's CLI (which `npm test` makes first) in a process
 * of its own. Inside jest's sandbox, where every global lookup is slow, training takes eight times as
 * long (some 160 s against 20 s on a two-core machine).
 */
async function npmRunTrain(databaseUrl: string): Promise<{ version: string; corrections: number }> {
  const cli = path.join(repoRoot(), 'dist/tools/cli/train.js');
  const { stdout } = await run(process.execPath, [cli], { env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 150_000 });
  const version = /^model (\S+) active/m.exec(stdout)?.[1];
  const corrections = /^examples: \d+ \(corrections (\d+),/m.exec(stdout)?.[1];
  if (!version || corrections === undefined) throw new Error(`npm run train printed no model or no corrections:\n${stdout}`);
  return { version, corrections: Number(corrections) };
}

interface View {
  inquiry: { id: string };
  status: string;
  decision: { target: string; reasons: string[] } | null;
}

describe('learning from corrections (npm run train)', () => {
  const pipeline = new TestPipeline({ privateDatabase: 'training' });
  const { login, post, takeInUntilRouted } = pipelineApi(pipeline);
  let adviser: string;
  let supervisor: string;

  const routed = (body: string) => takeInUntilRouted<View>({ subject: 'Kaiavgift', body }, { intake: supervisor, viewer: adviser });

  beforeAll(async () => {
    await pipeline.setUp({ MODEL_REFRESH_SECONDS: '1' });
    // The model the global setup trained, so this database need not train one before the test trains its own.
    await copySharedTextModel(pipeline.db);
    await ensureTextModel(pipeline.databaseUrl, pipeline.log);
    await Promise.all([pipeline.start('workdesk'), pipeline.start('classifier'), pipeline.start('router')]);
    [adviser, supervisor] = await Promise.all([login('adviser'), login('supervisor')]);
  }, 180_000);

  afterAll(() => pipeline.tearDown(), 60_000);

  it('a corrected example changes a later decision once the model is retrained', async () => {
    // Quay fees for a ferry: words no agreement and no project example ties to an agency.
    const first = await routed(
      'Hei. Vi driver ferjekaien for kommunen og lurer på hvilke satser for kaiavgift vi skal bruke for ferjeselskapet i år. Mvh Kari',
    );
    expect(first.decision?.target).not.toBe('agency:svv');

    const correction = await post(`/api/inquiries/${first.inquiry.id}/reclassify`, adviser, {
      target: 'agency:svv',
      reason: 'Kaiavgift for ferjer hører til Statens vegvesen',
    });
    expect(correction.status).toBe(202);
    await eventually(
      async () => {
        const rows: unknown[] = await pipeline.db.query(`SELECT 1 FROM classification_examples WHERE inquiry_id = $1`, [first.inquiry.id]);
        return rows.length > 0 || undefined;
      },
      10_000,
      'the correction recorded',
    );

    const { version, corrections } = await npmRunTrain(pipeline.databaseUrl);
    expect(corrections).toBe(1);

    // The running classifier takes the new model on its next check; until then decisions name the old one.
    const later = await eventually(
      async () => {
        const next = await routed('Hvilken kaiavgift gjelder for ferjer som legger til ved kaien vår? Hilsen Ola');
        return next.decision?.reasons.some((r) => r.includes(`Text model ${version}`)) ? next : undefined;
      },
      60_000,
      `a decision made with ${version}`,
    );
    expect(later.decision?.target).toBe('agency:svv');
  }, 180_000);
});
