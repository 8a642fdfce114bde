import { agencyTarget, TechnicalCategories, CaseTypes } from '@inquiry-router/contracts';
import { seededRandom } from '@inquiry-router/seeded-random';
import type { InquiryText } from '../classification-result';
import type { ExpectedDecision } from '../evaluate';
import type { RoutingPolicy } from '../policy';
import { analyzeInquiry } from '../analyze-inquiry';
import { FeatureBits, FeatureVector } from './features';
import { DenseHead, HeadName, TextModel, softmax } from './text-model';

/**
 * One labelled inquiry to learn from: the project's own examples, an adviser's correction (a
 * label), or an agency's "not ours" (only a target known to be wrong).
 */
export interface TrainingExample {
  id: string;
  inquiry: InquiryText;
  label?: ExpectedDecision;
  /** A target the inquiry does not belong to, e.g. "agency:skd" returned by that agency. */
  rejectedTarget?: string;
  /** How much it counts; corrections by people count more than written examples. */
  weight?: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update: keeps rare words from deciding on their own. */
  l2: number;
  seed: number;
  /** Folds of cross-validation used to calibrate and to report held-out accuracy; 0 skips it. */
  folds: number;
  version: string;
}

export const DefaultTrainingOptions: TrainingOptions = { epochs: 24, learningRate: 0.4, l2: 1e-5, seed: 7, folds: 5, version: 'untitled' };

/** The route head's labels: portal (first or second line, the rules tell which), service desk, or an agency. */
export function routeLabels(policy: RoutingPolicy): string[] {
  return ['technical', 'servicedesk', ...policy.agencies.map((a) => agencyTarget(a.code))];
}

export const routeOfTarget = (target: string): string => (target === 'first-line' || target === 'second-line' ? 'technical' : target);

/**
 * The line head's labels, for the portal's own inquiries. The rules say second line when they find
 * a code or an earlier contact; the line head reads how sure the first line may be that they missed
 * none, and the ways of saying so the vocabulary does not list.
 */
export const LineLabels = ['first-line', 'second-line'];

/** One head's training rows: a positive label index or a rejected one (-1 when absent). */
interface HeadRows {
  x: FeatureVector[];
  positive: number[];
  negative: number[];
  weight: number[];
}

function rowsFor(head: HeadName, labels: readonly string[], examples: TrainingExample[], vectors: FeatureVector[]): HeadRows {
  const rows: HeadRows = { x: [], positive: [], negative: [], weight: [] };
  examples.forEach((e, i) => {
    let positive = -1;
    let negative = -1;
    if (head === 'route') {
      if (e.label) positive = labels.indexOf(routeOfTarget(e.label.target));
      if (e.rejectedTarget) negative = labels.indexOf(routeOfTarget(e.rejectedTarget));
    } else if (head === 'category' && e.label?.kind === 'technical' && e.label.category) {
      positive = labels.indexOf(e.label.category);
    } else if (head === 'caseType' && e.label?.target === 'servicedesk' && e.label.caseType) {
      positive = labels.indexOf(e.label.caseType);
    } else if (head === 'line' && e.label) {
      positive = labels.indexOf(e.label.target);
    }
    if (positive < 0 && negative < 0) return;
    rows.x.push(vectors[i]);
    rows.positive.push(positive);
    rows.negative.push(negative);
    rows.weight.push(e.weight ?? 1);
  });
  return rows;
}

/** Logits of a dense head being trained. */
function denseLogits(head: DenseHead, x: FeatureVector): Float64Array {
  const k = head.labels.length;
  const out = new Float64Array(k);
  for (let i = 0; i < x.ids.length; i++) {
    const row = x.ids[i] * k;
    const v = x.values[i];
    for (let c = 0; c < k; c++) out[c] += head.weights[row + c] * v;
  }
  return out;
}

/**
 * Multinomial logistic regression by AdaGrad. A rejected label is learnt as "not this one":
 * the loss -log(1 - p[rejected]) pushes that label down without claiming which is right.
 */
function fitHead(labels: readonly string[], rows: HeadRows, options: TrainingOptions): DenseHead {
  const k = labels.length;
  const head: DenseHead = { labels, temperature: 1, weights: new Float32Array((1 << FeatureBits) * labels.length) };
  const w = head.weights;
  const g2 = new Float32Array(w.length);
  const order = rows.x.map((_, i) => i);
  // Deterministic shuffling, so the same examples always give the same model.
  const rand = seededRandom(options.seed);
  const grad = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const x = rows.x[n];
      const p = softmax(denseLogits(head, x));
      const pos = rows.positive[n];
      const neg = rows.negative[n];
      if (pos >= 0) {
        for (let c = 0; c < k; c++) grad[c] = p[c] - (c === pos ? 1 : 0);
      } else {
        const pr = Math.min(p[neg], 1 - 1e-6);
        for (let c = 0; c < k; c++) grad[c] = c === neg ? pr : (-pr * p[c]) / (1 - pr);
      }
      const scale = rows.weight[n];
      for (let f = 0; f < x.ids.length; f++) {
        const row = x.ids[f] * k;
        const v = x.values[f];
        for (let c = 0; c < k; c++) {
          const at = row + c;
          const g = grad[c] * v * scale + options.l2 * w[at];
          g2[at] += g * g;
          w[at] -= (options.learningRate * g) / (Math.sqrt(g2[at]) + 1e-8);
        }
      }
    }
  }
  return head;
}

/** The temperature that makes held-out probabilities honest (least negative log-likelihood). */
function fitTemperature(logits: Float64Array[], positives: number[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.2; t <= 5; t *= 1.05) {
    let loss = 0;
    logits.forEach((z, i) => {
      loss -= Math.log(Math.max(softmax(z, t)[positives[i]], 1e-12));
    });
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return Math.round(best * 1000) / 1000;
}

export interface HeadReport {
  labels: string[];
  examples: number;
  /** Held-out accuracy over the cross-validation folds (positive labels only). */
  crossValidatedAccuracy: number | null;
  temperature: number;
}

export interface TrainingReport {
  examples: number;
  corrections: number;
  rejections: number;
  heads: Record<HeadName, HeadReport>;
}

/** Trains the four heads on the examples under the policy's rules, calibrated by cross-validation. */
export function trainTextModel(
  examples: TrainingExample[],
  policy: RoutingPolicy,
  overrides: Partial<TrainingOptions> = {},
): { model: TextModel; report: TrainingReport } {
  const options = { ...DefaultTrainingOptions, ...overrides };
  const vectors = examples.map((e) => analyzeInquiry(e.inquiry, policy).features);
  const labelSets: Record<HeadName, string[]> = {
    route: routeLabels(policy),
    category: [...TechnicalCategories],
    caseType: [...CaseTypes],
    line: LineLabels,
  };
  const heads = {} as Record<HeadName, DenseHead>;
  const reports = {} as Record<HeadName, HeadReport>;
  for (const name of ['route', 'category', 'caseType', 'line'] as HeadName[]) {
    const labels = labelSets[name];
    const rows = rowsFor(name, labels, examples, vectors);
    let temperature = 1;
    let accuracy: number | null = null;
    if (options.folds > 1 && rows.x.length >= options.folds * 2) {
      const heldOut: Float64Array[] = [];
      const heldOutLabels: number[] = [];
      for (let fold = 0; fold < options.folds; fold++) {
        const inFold = (i: number): boolean => i % options.folds === fold;
        const pick = <T>(xs: T[], keep: (i: number) => boolean): T[] => xs.filter((_, i) => keep(i));
        const train: HeadRows = {
          x: pick(rows.x, (i) => !inFold(i)),
          positive: pick(rows.positive, (i) => !inFold(i)),
          negative: pick(rows.negative, (i) => !inFold(i)),
          weight: pick(rows.weight, (i) => !inFold(i)),
        };
        const foldHead = fitHead(labels, train, options);
        rows.x.forEach((x, i) => {
          if (!inFold(i) || rows.positive[i] < 0) return;
          heldOut.push(denseLogits(foldHead, x));
          heldOutLabels.push(rows.positive[i]);
        });
      }
      temperature = fitTemperature(heldOut, heldOutLabels);
      const right = heldOut.filter((z, i) => argmax(z) === heldOutLabels[i]).length;
      accuracy = heldOut.length ? Math.round((right / heldOut.length) * 1000) / 1000 : null;
    }
    const fitted = fitHead(labels, rows, options);
    heads[name] = { labels, temperature, weights: fitted.weights };
    reports[name] = { labels, examples: rows.x.length, crossValidatedAccuracy: accuracy, temperature };
  }
  const report: TrainingReport = {
    examples: examples.length,
    corrections: examples.filter((e) => e.label && (e.weight ?? 1) > 1).length,
    rejections: examples.filter((e) => e.rejectedTarget && !e.label).length,
    heads: reports,
  };
  return { model: new TextModel(options.version, heads, { ...report, featureBits: FeatureBits, options }), report };
}

export function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}
