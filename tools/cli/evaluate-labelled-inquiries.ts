import {
  EvaluationPair,
  EvaluationReport,
  ExpectedDecision,
  TextModel,
  classifyInquiry,
  defaultPolicy,
  evaluate,
} from '@inquiry-router/classification';
import { trainProjectModel } from '../training/project-examples';
import { LineError, parseInquiryLines } from './read-inquiry-lines';

/** The text model `npm run eval` decides with: trained here from the project's own examples (deterministic). */
export function evaluationModel(): TextModel {
  return trainProjectModel(defaultPolicy, 'eval', 5);
}

/**
 * The classifier under the default policy (with `model`, or the rules alone when it is null)
 * against the `expected` labels of a JSONL text. Lines without a valid `expected` object are
 * returned as errors and left out.
 */
export function evaluateLabelledInquiries(content: string, model: TextModel | null): { report: EvaluationReport; errors: LineError[] } {
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
  return { report: evaluate(pairs, defaultPolicy.confidenceThreshold), errors };
}
