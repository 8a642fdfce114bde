// The classifier decides exactly as the recorded decisions say (fixtures/classifier-decisions.jsonl,
// made by record-classifier-decisions.ts): the same target, kind, category, agency, case type,
// language, reasons and reason codes, and a confidence within 1e-9, with the text model and by the
// rules alone, on the held-out set, every training example and the shared evaluation set.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '@inquiry-router/local-system';
import { RecordedLine, devSetFile, inquirySets, recordedDecisionsFile } from './classifier-decisions';

/**
 * The decisions of the build (which `npm test` makes first), in a worker thread: inside jest's
 * sandbox, where every global lookup is slow, training the model takes several times as long.
 */
function decidedByTheBuild(): Promise<RecordedLine[]> {
  const module = path.join(repoRoot(), 'dist/tools/cli/classifier-decisions.js');
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { decisionModel, inquirySets, recordDecisions } = require(workerData.module);
     parentPort.postMessage(recordDecisions(inquirySets(), decisionModel()));`,
    { eval: true, workerData: { module } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  }).finally(() => worker.terminate()) as Promise<RecordedLine[]>;
}

const recorded = readFileSync(recordedDecisionsFile(), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as RecordedLine);
const key = (line: RecordedLine): string => `${line[0]}/${line[1]}`;

describe('the classifier decides as recorded', () => {
  const sets = inquirySets();
  let decided: Map<string, RecordedLine>;
  beforeAll(async () => {
    decided = new Map((await decidedByTheBuild()).map((l) => [key(l), l]));
  });

  const sameDecisions = (set: string): void => {
    const expected = recorded.filter((l) => l[0] === set);
    expect(expected.length).toBeGreaterThan(0);
    expect(decided.size).toBeGreaterThan(0);
    const differing = expected
      .map((want) => ({ want, got: decided.get(key(want)) }))
      .filter(({ want, got }) => {
        if (!got) return true;
        const [, , target, confidence, digest, rulesTarget, rulesConfidence, rulesDigest] = want;
        return (
          got[2] !== target ||
          Math.abs(got[3] - confidence) > 1e-9 ||
          got[4] !== digest ||
          got[5] !== rulesTarget ||
          Math.abs(got[6] - rulesConfidence) > 1e-9 ||
          got[7] !== rulesDigest
        );
      });
    expect(differing).toEqual([]);
  };

  it('on the held-out inquiries and every training example', () => {
    const inRepository = [...new Set(recorded.map((l) => l[0]))].filter((s) => s !== 'dev');
    expect(inRepository).toEqual(sets.map((s) => s.name).filter((s) => s !== 'dev'));
    for (const set of inRepository) sameDecisions(set);
  });

  // The evaluation set is kept beside the repository; a checkout without it cannot compare it.
  (sets.some((s) => s.name === 'dev') ? it : it.skip)(`on the shared evaluation set (${devSetFile()})`, () => sameDecisions('dev'));
});
