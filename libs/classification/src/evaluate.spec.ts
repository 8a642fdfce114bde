import { EvaluationPair, evaluate, formatEvaluationReport } from './evaluate';

const tech = { kind: 'technical', agency: null, caseType: null };
const pairs: EvaluationPair[] = [
  {
    expected: { target: 'first-line', category: 'login', ...tech },
    predicted: { target: 'first-line', category: 'login', ...tech, confidence: 0.9 },
  },
  {
    expected: { target: 'second-line', category: 'inbox', ...tech },
    predicted: { target: 'first-line', category: 'inbox', ...tech, confidence: 0.7 },
  },
  {
    expected: { target: 'agency:skd', kind: 'subject-matter', category: null, agency: 'skd', caseType: null },
    predicted: { target: 'agency:nav', kind: 'subject-matter', category: null, agency: 'nav', caseType: null, confidence: 0.8 },
  },
  {
    expected: { target: 'agency:brg', kind: 'subject-matter', category: null, agency: 'brg', caseType: null },
    predicted: { target: 'agency:brg', kind: 'subject-matter', category: null, agency: 'brg', caseType: null, confidence: 0.6 },
  },
];

describe('evaluate', () => {
  const report = evaluate(pairs, 0.5);

  it('computes field accuracies', () => {
    expect(report.total).toBe(4);
    expect(report.accuracy.target).toBeCloseTo(0.5);
    expect(report.accuracy.kind).toBeCloseTo(1);
    expect(report.accuracy.category).toBeCloseTo(1);
    expect(report.accuracy.agency).toBeCloseTo(0.75);
  });

  it('counts confident wrong agencies among subject-matter inquiries', () => {
    expect(report.subjectMatter).toEqual({ total: 2, agencyAccuracy: 0.5, wrongAgencyAboveThreshold: 1 });
    expect(evaluate(pairs, 0.85).subjectMatter.wrongAgencyAboveThreshold).toBe(0);
  });

  it('counts wrong targets given with a confidence above 0.9', () => {
    expect(report.wrongTargetAboveSure).toBe(0);
    const sure = pairs.map((p) => ({ ...p, predicted: { ...p.predicted, confidence: 0.95 } }));
    expect(evaluate(sure, 0.5).wrongTargetAboveSure).toBe(2);
    const atNinety = pairs.map((p) => ({ ...p, predicted: { ...p.predicted, confidence: 0.9 } }));
    expect(evaluate(atNinety, 0.5).wrongTargetAboveSure).toBe(0);
  });

  it('builds the target confusion matrix with rows expected and columns predicted', () => {
    const { labels, counts } = report.confusion;
    expect(labels.slice(0, 2)).toEqual(['first-line', 'second-line']);
    const at = (e: string, p: string): number => counts[labels.indexOf(e)][labels.indexOf(p)];
    expect(at('second-line', 'first-line')).toBe(1);
    expect(at('agency:skd', 'agency:nav')).toBe(1);
    expect(at('agency:brg', 'agency:brg')).toBe(1);
  });

  it('formats a readable report', () => {
    const text = formatEvaluationReport(report);
    expect(text).toContain('accuracy target:   0.500');
    expect(text).toContain('subject-matter sent to a wrong agency above threshold: 1');
    expect(text).toContain('wrong target with confidence above 0.9: 0');
  });

  it('handles an empty set', () => {
    expect(evaluate([], 0.5).accuracy.target).toBe(0);
  });
});
