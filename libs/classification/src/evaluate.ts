/**
 * The labelled answer for one inquiry (the dataset's `expected`). Labels are strings as the dataset
 * writes them: normally a RoutingTarget, Kind, TechnicalCategory and CaseType, but not checked.
 */
export interface ExpectedDecision {
  target: string;
  kind: string;
  category: string | null;
  agency: string | null;
  caseType: string | null;
}

export interface PredictedDecision extends ExpectedDecision {
  confidence: number;
}

export interface EvaluationPair {
  id?: string;
  expected: ExpectedDecision;
  predicted: PredictedDecision;
}

export interface EvaluationReport {
  total: number;
  accuracy: { target: number; kind: number; agency: number; category: number; caseType: number };
  subjectMatter: {
    /** Labelled subject-matter inquiries. */
    total: number;
    /** Share of them given the right agency. */
    agencyAccuracy: number;
    /** Given a wrong agency with confidence at or above the threshold: the costly error. */
    wrongAgencyAboveThreshold: number;
  };
  /** Technical inquiries sent to an agency with confidence at or above the threshold. */
  technicalToAgencyAboveThreshold: number;
  /** Inquiries given a wrong target with a confidence above `SureConfidence` (0.9): confidently wrong. */
  wrongTargetAboveSure: number;
  /**
   * Calibration of the confidence: mean |accuracy - confidence| of the target over ten equal-width
   * confidence bins, weighted by their size (expected calibration error; 0 is perfect).
   */
  expectedCalibrationError: number;
  /** Rows: expected target; columns: predicted target; same label order. */
  confusion: { labels: string[]; counts: number[][] };
}

/** A confidence above this claims the decision is as good as certain: a wrong target there is one calibration must rule out. */
export const SureConfidence = 0.9;

const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);

/** Metrics of predictions against labels; pure, so the CLI only reads files and prints. */
export function evaluate(pairs: readonly EvaluationPair[], confidenceThreshold: number): EvaluationReport {
  let target = 0;
  let kind = 0;
  let agency = 0;
  let category = 0;
  let caseType = 0;
  let smTotal = 0;
  let smRight = 0;
  let smWrongConfident = 0;
  let techToAgency = 0;
  let wrongSure = 0;
  const labels = new Set<string>();
  for (const { expected: e, predicted: p } of pairs) {
    if (e.target === p.target) target++;
    else if (p.confidence > SureConfidence) wrongSure++;
    if (e.kind === p.kind) kind++;
    if ((e.agency ?? null) === (p.agency ?? null)) agency++;
    if ((e.category ?? null) === (p.category ?? null)) category++;
    if ((e.caseType ?? null) === (p.caseType ?? null)) caseType++;
    const confident = p.confidence >= confidenceThreshold;
    if (e.kind === 'subject-matter') {
      smTotal++;
      if (p.agency === e.agency) smRight++;
      else if (p.agency && confident) smWrongConfident++;
    } else if (p.agency && confident) techToAgency++;
    labels.add(e.target);
    labels.add(p.target);
  }
  const order = [...labels].sort(compareTargets);
  const index = new Map(order.map((l, i) => [l, i]));
  const counts = order.map(() => order.map(() => 0));
  for (const { expected, predicted } of pairs) counts[index.get(expected.target)!][index.get(predicted.target)!]++;

  const n = pairs.length;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, confidence: 0 }));
  for (const { expected, predicted } of pairs) {
    const bin = bins[Math.min(9, Math.floor(predicted.confidence * 10))];
    bin.n++;
    bin.confidence += predicted.confidence;
    if (expected.target === predicted.target) bin.right++;
  }
  const ece = bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : (b.n / n) * Math.abs(b.right / b.n - b.confidence / b.n)), 0);
  return {
    total: n,
    accuracy: {
      target: share(target, n),
      kind: share(kind, n),
      agency: share(agency, n),
      category: share(category, n),
      caseType: share(caseType, n),
    },
    subjectMatter: { total: smTotal, agencyAccuracy: share(smRight, smTotal), wrongAgencyAboveThreshold: smWrongConfident },
    technicalToAgencyAboveThreshold: techToAgency,
    wrongTargetAboveSure: wrongSure,
    expectedCalibrationError: ece,
    confusion: { labels: order, counts },
  };
}

// Queues first, in the order of escalation, then agencies alphabetically.
const QueueOrder = ['first-line', 'second-line', 'servicedesk'];
function compareTargets(a: string, b: string): number {
  const ia = QueueOrder.indexOf(a);
  const ib = QueueOrder.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a.localeCompare(b);
}

const pct = (x: number): string => x.toFixed(3);

/** Plain-text rendering of a report for a terminal. */
export function formatEvaluationReport(report: EvaluationReport): string {
  const a = report.accuracy;
  const lines = [
    `inquiries: ${report.total}`,
    `accuracy target:   ${pct(a.target)}`,
    `accuracy kind:     ${pct(a.kind)}`,
    `accuracy agency:   ${pct(a.agency)}`,
    `accuracy category: ${pct(a.category)}`,
    `accuracy caseType: ${pct(a.caseType)}`,
    `subject-matter inquiries: ${report.subjectMatter.total}, agency accuracy among them: ${pct(report.subjectMatter.agencyAccuracy)}`,
    `subject-matter sent to a wrong agency above threshold: ${report.subjectMatter.wrongAgencyAboveThreshold}`,
    `technical sent to an agency above threshold: ${report.technicalToAgencyAboveThreshold}`,
    `wrong target with confidence above ${SureConfidence}: ${report.wrongTargetAboveSure}`,
    `expected calibration error of the confidence: ${pct(report.expectedCalibrationError)}`,
    '',
    'confusion of targets (rows expected, columns predicted):',
  ];
  const { labels, counts } = report.confusion;
  const width = Math.max(12, ...labels.map((l) => l.length)) + 1;
  const col = Math.max(...labels.map((l) => l.length)) + 1;
  lines.push(''.padEnd(width) + labels.map((l) => l.padStart(col)).join(''));
  labels.forEach((l, i) => lines.push(l.padEnd(width) + counts[i].map((c) => String(c).padStart(col)).join('')));
  return lines.join('\n');
}
