// Every decision the evaluation path makes (`npm run eval`: the held-out inquiries under the default
// policy, by the rules alone and with the project's text model) gives each of its reasons a code
// of the closed list with exactly the values that code's message takes. Pure; no services.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { classifyInquiry, defaultPolicy, type ClassificationResult } from '@inquiry-router/classification';
import { ReasonCodeParams, ReasonCodes } from '@inquiry-router/contracts';
import { trainProjectModel } from '../training/project-examples';
import { parseInquiryLines } from './read-inquiry-lines';

const { lines } = parseInquiryLines(readFileSync(path.join(__dirname, 'fixtures/holdout-inquiries.jsonl'), 'utf8'));

function expectCodedReasons(decisions: ClassificationResult[]): Set<string> {
  const seen = new Set<string>();
  for (const d of decisions) {
    expect(d.reasonCodes).toHaveLength(d.reasons.length);
    for (const { code, params } of d.reasonCodes) {
      expect(ReasonCodes).toContain(code);
      expect(Object.keys(params).sort()).toEqual([...ReasonCodeParams[code]].sort());
      for (const value of Object.values(params)) expect(['string', 'number']).toContain(typeof value);
      seen.add(code);
    }
  }
  return seen;
}

describe('reason codes of the evaluation path', () => {
  it('has held-out inquiries to classify', () => {
    expect(lines.length).toBeGreaterThan(100);
  });

  it('the rules alone: one code for each reason, with its values', () => {
    const seen = expectCodedReasons(lines.map((l) => classifyInquiry(l.inquiry, defaultPolicy)));
    // The rules' common reasons all occur among the held-out inquiries.
    for (const code of ['agreement', 'portal-question', 'category', 'second-line', 'case-type-error'] as const)
      expect(seen).toContain(code);
  });

  it('with the text model: one code for each reason, with its values', () => {
    const model = trainProjectModel(defaultPolicy, 'reason-codes');
    const decisions = lines.map((l) => classifyInquiry(l.inquiry, defaultPolicy, model));
    const seen = expectCodedReasons(decisions);
    for (const code of ['model-route', 'model-category', 'agreement', 'portal-question'] as const) expect(seen).toContain(code);
  }, 120_000);

  it('says in the codes what the English text says: the route, category and words', () => {
    const [line] = lines.filter((l) => classifyInquiry(l.inquiry, defaultPolicy).target.startsWith('agency:'));
    const d = classifyInquiry(line.inquiry, defaultPolicy);
    const n = d.reasonCodes.findIndex((r) => r.code === 'agreement');
    expect(d.reasons[n]).toContain(`Agreement ${d.agency} (`);
    expect(d.reasonCodes[n].params.agency).toBe(d.agency);
  });
});
