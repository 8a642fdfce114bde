/**
 * Evaluates the classifier under the default policy against the `expected` labels of a JSONL file.
 * Usage: node dist/tools/cli/eval.js FILE.jsonl [--rules]
 * By default the text model is trained here from the project's own examples (deterministic, a few
 * seconds), so the figures do not depend on a database; `--rules` evaluates the rules alone.
 * Lines without a valid `expected` object are reported on stderr and left out (exit code 1).
 */
import { TextModel, defaultPolicy, formatEvaluationReport } from '@inquiry-router/classification';
import { evaluateLabelledInquiries, evaluationModel } from './evaluate-labelled-inquiries';
import { readInputFile } from './read-inquiry-lines';

function main(): void {
  const content = readInputFile('usage: eval FILE.jsonl [--rules]  (inquiries with an "expected" decision per line)');
  const rulesOnly = process.argv.includes('--rules');
  let model: TextModel | null = null;
  if (!rulesOnly) {
    model = evaluationModel();
    process.stdout.write(`text model trained here from ${String(model.training.examples)} project examples\n`);
  }
  const { report, errors } = evaluateLabelledInquiries(content, model);
  process.stdout.write(
    `policy ${defaultPolicy.version}, threshold ${defaultPolicy.confidenceThreshold}, ${model ? 'rules + text model' : 'rules alone'}\n`,
  );
  process.stdout.write(`${formatEvaluationReport(report)}\n`);
  for (const e of errors) process.stderr.write(`line ${e.lineNumber}: ${e.message}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

main();
