/**
 * Evaluates the classifier under the default policy against the `expected` labels of a JSONL file.
 * Usage: node dist/tools/cli/eval.js FILE.jsonl
 * Lines without a valid `expected` object are reported on stderr and left out (exit code 1).
 */
import {
  EvaluationPair,
  ExpectedDecision,
  classifyInquiry,
  defaultPolicy,
  evaluate,
  formatEvaluationReport,
} from '@inquiry-router/classification';
import { parseInquiryLines, readInputFile } from './read-inquiry-lines';

function main(): void {
  const content = readInputFile('usage: eval FILE.jsonl  (inquiries with an "expected" decision per line)');
  const { lines, errors } = parseInquiryLines(content);
  const pairs: EvaluationPair[] = [];
  for (const { id, lineNumber, inquiry, raw } of lines) {
    const expected = raw.expected as ExpectedDecision | undefined;
    if (!expected || typeof expected !== 'object' || typeof expected.target !== 'string') {
      errors.push({ lineNumber, message: 'field "expected" with a "target" is missing' });
      continue;
    }
    const d = classifyInquiry(inquiry, defaultPolicy);
    pairs.push({ id, expected, predicted: d });
  }
  process.stdout.write(`policy ${defaultPolicy.version}, threshold ${defaultPolicy.confidenceThreshold}\n`);
  process.stdout.write(`${formatEvaluationReport(evaluate(pairs, defaultPolicy.confidenceThreshold))}\n`);
  for (const e of errors) process.stderr.write(`line ${e.lineNumber}: ${e.message}\n`);
  if (errors.length > 0) process.exitCode = 1;
}

main();
