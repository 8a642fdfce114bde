/**
 * Evaluates the classifier under the default policy against the `expected` labels of a JSONL file.
 * Usage: node dist/tools/cli/eval.js FILE.jsonl [--rules]
 * By default the text model is trained here from the project's own examples (deterministic, a few
 * seconds), so the figures do not depend on a database; `--rules` evaluates the rules alone.
 * Lines without a valid `expected` object are reported on stderr and left out (exit code 1).
 */
import {
  EvaluationPair,
  ExpectedDecision,
  TextModel,
  classifyInquiry,
  defaultPolicy,
  evaluate,
  formatEvaluationReport,
} from '@inquiry-router/classification';
import { trainProjectModel } from '../training/project-examples';
import { parseInquiryLines, readInputFile } from './read-inquiry-lines';

function main(): void {
  const content = readInputFile('usage: eval FILE.jsonl [--rules]  (inquiries with an "expected" decision per line)');
  const rulesOnly = process.argv.includes('--rules');
  let model: TextModel | null = null;
  if (!rulesOnly) {
    model = trainProjectModel(defaultPolicy, 'eval', 5);
    process.stdout.write(`text model trained here from ${String(model.training.examples)} project examples\n`);
  }
  const { lines, errors } = parseInquiryLines(content);
  const pairs: EvaluationPair[] = [];
  for (const { id, lineNumber, inquiry, raw } of lines) {
    const expected = raw.expected as ExpectedDecision | undefined;
    if (!expected || typeof expected !== 'object' || typeof expected.target !== 'string') {
      errors.push({ lineNumber, message: 'field "expected" with a "target" is missing' });
      continue;
    }
    pairs.push({ id, expected, predicted: classifyInquiry(inquiry, defaultPolicy, model) });
  }
  process.stdout.write(
    `policy ${defaultPolicy.version}, threshold ${defaultPolicy.confidenceThreshold}, ${model ? 'rules + text model' : 'rules alone'}\n`,
  );
  process.stdout.write(`${formatEvaluationReport(evaluate(pairs, defaultPolicy.confidenceThreshold))}\n`);
  for (const e of errors) process.stderr.write(`line ${e.lineNumber}: ${e.message}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

main();
