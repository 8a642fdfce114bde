/**
 * Records the classifier's decisions on every inquiry the project has into
 * tools/cli/fixtures/classifier-decisions.jsonl, which `classifier-decisions.spec.ts` holds the
 * classifier to. Rerun only when a change is meant to change decisions, and say so in its commit.
 * Usage: node dist/tools/cli/record-classifier-decisions.js
 */
import { writeFileSync } from 'node:fs';
import { decisionModel, inquirySets, recordDecisions, recordedDecisionsFile } from './classifier-decisions';

const lines = recordDecisions(inquirySets(), decisionModel());
writeFileSync(recordedDecisionsFile(), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
process.stdout.write(`${lines.length} decisions recorded in ${recordedDecisionsFile()}\n`);
