import { FeatureBits, FeatureVector } from './features';

/** The three questions the model answers; each is a softmax over its own labels. */
export type HeadName = 'route' | 'category' | 'caseType';

/** One head as stored: labels, temperature and the non-zero rows of its weight table. */
export interface HeadDocument {
  labels: string[];
  /** Divides the logits before the softmax; fitted on held-out predictions so probabilities are calibrated. */
  temperature: number;
  /** Bucket ids with a non-zero row, base64 of an Int32Array. */
  buckets: string;
  /** Rows of `labels.length` weights for each bucket, base64 of a Float32Array. */
  weights: string;
}

/** A trained model as stored in Postgres and files: plain JSON. */
export interface TextModelDocument {
  format: 'inquiry-text-model/1';
  version: string;
  trainedAt: string;
  featureBits: number;
  heads: Record<HeadName, HeadDocument>;
  /** What it was trained on and how it scored in cross-validation, for the record. */
  training: Record<string, unknown>;
}

/** A head ready to score: a dense weight table, so scoring a feature is one array read per label. */
export class ModelHead {
  constructor(
    readonly labels: readonly string[],
    readonly temperature: number,
    /** `(1 << FeatureBits) * labels.length` weights, row-major by bucket. */
    readonly weights: Float32Array,
  ) {}

  static empty(labels: readonly string[]): ModelHead {
    return new ModelHead(labels, 1, new Float32Array((1 << FeatureBits) * labels.length));
  }

  logits(x: FeatureVector, into = new Float64Array(this.labels.length)): Float64Array {
    const k = this.labels.length;
    into.fill(0);
    const { ids, values } = x;
    const w = this.weights;
    for (let i = 0; i < ids.length; i++) {
      const row = ids[i] * k;
      const v = values[i];
      for (let c = 0; c < k; c++) into[c] += w[row + c] * v;
    }
    return into;
  }

  /** Calibrated probabilities of every label. */
  probabilities(x: FeatureVector): Float64Array {
    return softmax(this.logits(x), this.temperature);
  }

  /**
   * The named entries that pulled most towards `label` against the average of the other labels:
   * what made the model choose it. Only named entries (words, rule signals) are weighed.
   */
  topContributions(x: FeatureVector, label: number, count: number): { name: string; weight: number }[] {
    const names = x.names;
    if (!names) return [];
    const k = this.labels.length;
    const w = this.weights;
    // A repeated word counts once (its largest pull): cheaper than summing by name, same top words.
    const top: { name: string; weight: number }[] = [];
    for (let i = 0; i < x.ids.length; i++) {
      const name = names[i];
      if (!name) continue;
      const row = x.ids[i] * k;
      let others = -w[row + label];
      for (let c = 0; c < k; c++) others += w[row + c];
      const weight = (w[row + label] - others / (k - 1)) * x.values[i];
      if (weight <= 0 || (top.length === count && weight <= top[count - 1].weight)) continue;
      const same = top.findIndex((t) => t.name === name);
      if (same >= 0) {
        if (top[same].weight >= weight) continue;
        top.splice(same, 1);
      }
      let at = top.length;
      while (at > 0 && top[at - 1].weight < weight) at--;
      top.splice(at, 0, { name, weight });
      if (top.length > count) top.pop();
    }
    return top;
  }

  toDocument(): HeadDocument {
    const k = this.labels.length;
    const buckets: number[] = [];
    const rows: number[] = [];
    for (let b = 0; b < 1 << FeatureBits; b++) {
      let any = false;
      for (let c = 0; c < k; c++) if (Math.abs(this.weights[b * k + c]) > 1e-6) any = true;
      if (!any) continue;
      buckets.push(b);
      for (let c = 0; c < k; c++) rows.push(this.weights[b * k + c]);
    }
    return {
      labels: [...this.labels],
      temperature: this.temperature,
      buckets: Buffer.from(new Int32Array(buckets).buffer).toString('base64'),
      weights: Buffer.from(new Float32Array(rows).buffer).toString('base64'),
    };
  }

  static fromDocument(doc: HeadDocument): ModelHead {
    const k = doc.labels.length;
    const buckets = new Int32Array(toArrayBuffer(Buffer.from(doc.buckets, 'base64')));
    const rows = new Float32Array(toArrayBuffer(Buffer.from(doc.weights, 'base64')));
    if (rows.length !== buckets.length * k) throw new InvalidModel(`head with ${k} labels has ${rows.length} weights for ${buckets.length} buckets`);
    const weights = new Float32Array((1 << FeatureBits) * k);
    buckets.forEach((b, i) => {
      if (b < 0 || b >= 1 << FeatureBits) throw new InvalidModel(`bucket ${b} outside the feature table`);
      weights.set(rows.subarray(i * k, (i + 1) * k), b * k);
    });
    return new ModelHead(doc.labels, doc.temperature, weights);
  }
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  // Buffers share a pool: copy so the typed array is aligned and owns its bytes.
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

export function softmax(logits: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const z of logits) if (z > max) max = z;
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    out[c] = Math.exp((logits[c] - max) / temperature);
    sum += out[c];
  }
  for (let c = 0; c < out.length; c++) out[c] /= sum;
  return out;
}

export class InvalidModel extends Error {}

/** A trained model, loaded and ready; immutable, so one instance is shared by every request. */
export class TextModel {
  constructor(
    readonly version: string,
    readonly heads: Record<HeadName, ModelHead>,
    readonly training: Record<string, unknown> = {},
  ) {}

  static fromDocument(doc: TextModelDocument): TextModel {
    if (doc?.format !== 'inquiry-text-model/1') throw new InvalidModel(`unknown model format ${String(doc?.format)}`);
    if (doc.featureBits !== FeatureBits) throw new InvalidModel(`model has ${doc.featureBits} feature bits, this code reads ${FeatureBits}`);
    return new TextModel(
      doc.version,
      { route: ModelHead.fromDocument(doc.heads.route), category: ModelHead.fromDocument(doc.heads.category), caseType: ModelHead.fromDocument(doc.heads.caseType) },
      doc.training,
    );
  }

  toDocument(trainedAt: string): TextModelDocument {
    return {
      format: 'inquiry-text-model/1',
      version: this.version,
      trainedAt,
      featureBits: FeatureBits,
      heads: { route: this.heads.route.toDocument(), category: this.heads.category.toDocument(), caseType: this.heads.caseType.toDocument() },
      training: this.training,
    };
  }
}
