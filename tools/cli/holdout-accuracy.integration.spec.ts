// The project's held-out inquiries (fixtures/holdout-inquiries.jsonl, labelled by hand and never
// trained on), evaluated as `npm run eval` evaluates them: the same text model, the same code, from
// the build `npm test` makes first. Pins the routing accuracy a little below what it is today, so a
// change that makes routing worse fails here rather than in production.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { foldText } from '@inquiry-router/classification';
import { repoRoot } from '@inquiry-router/local-system';
import { loadProjectExamples } from '../training/project-examples';
import type { evaluateLabelledInquiries } from './evaluate-labelled-inquiries';
import { parseInquiryLines } from './read-inquiry-lines';

const holdout = readFileSync(path.join(__dirname, 'fixtures/holdout-inquiries.jsonl'), 'utf8');

/**
 * `npm run eval`'s evaluation of `content`, run from the build in a worker thread: inside jest's
 * sandbox, where every global lookup is slow, training the model takes several times as long.
 */
function evaluatedByTheBuild(content: string): Promise<ReturnType<typeof evaluateLabelledInquiries>> {
  const module = path.join(repoRoot(), 'dist/tools/cli/evaluate-labelled-inquiries.js');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { evaluateLabelledInquiries, evaluationModel } = require(workerData.module);
     parentPort.postMessage(evaluateLabelledInquiries(workerData.content, evaluationModel()));`,
    { eval: true, workerData: { module, content } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  }).finally(() => worker.terminate()) as Promise<ReturnType<typeof evaluateLabelledInquiries>>;
}

describe('routing accuracy on the held-out inquiries', () => {
  // Trained and evaluated once, for every figure below.
  let evaluation: Awaited<ReturnType<typeof evaluatedByTheBuild>>;
  beforeAll(async () => {
    evaluation = await evaluatedByTheBuild(holdout);
  });

  it('holds out inquiries the text model is not trained on', () => {
    const held = parseInquiryLines(holdout).lines;
    expect(held).toHaveLength(167);
    const trained = loadProjectExamples();
    const trainedIds = new Set(trained.map((e) => e.id));
    const trainedBodies = new Set(trained.map((e) => foldText(e.inquiry.body)));
    expect(held.filter((l) => trainedIds.has(l.id) || trainedBodies.has(foldText(l.inquiry.body))).map((l) => l.id)).toEqual([]);
  });

  it('routes them about as well as today (measured: target 0.964, agency among subject matter 0.960, category 0.946, no costly errors)', () => {
    const { report, errors } = evaluation;
    expect(errors).toEqual([]);
    expect(report.total).toBe(167);
    // At most 6 of 167 routed wrong: the model's doubt alone sends nothing to the second line, so a second line
    // written in words the rules miss goes to the first line with a low confidence, to be triaged there.
    expect(report.accuracy.target).toBeGreaterThanOrEqual(0.96);
    expect(report.subjectMatter.agencyAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.category).toBeGreaterThanOrEqual(0.94);
    // The costly errors: an agency's work sent confidently to another agency, the portal's own to an agency.
    // Two of the portal's own (hold-004, hold-027) sit near 0.6 and change side with the order training
    // sees the examples in, on the examples before the second-line ones too: at most two.
    expect(report.subjectMatter.wrongAgencyAboveThreshold).toBeLessThanOrEqual(1);
    expect(report.technicalToAgencyAboveThreshold).toBeLessThanOrEqual(2);
  });

  it('is never sure of a wrong target: no wrong target with a confidence above 0.9', () => {
    const { report } = evaluation;
    expect(report.wrongTargetAboveSure).toBe(0);
  });
});
