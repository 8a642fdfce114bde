import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { ExpectedDecision, RoutingPolicy, TextModel, TrainingExample, trainTextModel } from '@inquiry-router/classification';
import { repoRoot } from '@inquiry-router/local-system';
import { parseInquiryLines } from '../cli/read-inquiry-lines';

/** The project's own labelled examples (never the evaluation sets). */
export const projectExamplesDir = (): string => path.join(repoRoot(), 'libs/classification/training');

const exampleFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();

/** Identifies the examples' content: a model trained on other content is out of date. */
export function projectExamplesDigest(dir = projectExamplesDir()): string {
  const hash = createHash('sha256');
  for (const file of exampleFiles(dir))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(dir, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Reads every `*.jsonl` of the folder; a malformed line stops training with its file and line. */
export function loadProjectExamples(dir = projectExamplesDir()): TrainingExample[] {
  const files = exampleFiles(dir);
  const examples: TrainingExample[] = [];
  for (const file of files) {
    const { lines, errors } = parseInquiryLines(readFileSync(path.join(dir, file), 'utf8'));
    const missing = lines.filter((l) => typeof (l.raw.expected as ExpectedDecision | undefined)?.target !== 'string');
    const problems = [
      ...errors.map((e) => `line ${e.lineNumber}: ${e.message}`),
      ...missing.map((l) => `line ${l.lineNumber}: no "expected" decision`),
    ];
    if (problems.length > 0) throw new Error(`${file}: ${problems.slice(0, 5).join('; ')}`);
    for (const l of lines) examples.push({ id: l.id, inquiry: l.inquiry, label: l.raw.expected as ExpectedDecision });
  }
  return examples;
}

/** A model trained here from the project's examples: what the CLIs and the bench decide with, no database needed. */
export function trainProjectModel(policy: RoutingPolicy, version: string, folds = 0): TextModel {
  return trainTextModel(loadProjectExamples(), policy, { version, folds }).model;
}
