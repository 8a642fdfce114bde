import { NamedError } from '@inquiry-router/contracts';
import { FeatureBits, FeatureVector, featureName } from './features';

/**
 * The questions the model answers; each is a softmax over its own labels. `line` (first or second
 * line, for the portal's own inquiries) came later: a model stored before it has none.
 */
export type HeadName = 'route' | 'category' | 'caseType' | 'line';
type RequiredHead = Exclude<HeadName, 'line'>;

/** Per head, with `line` absent from models trained before it existed. */
export type Heads<T> = Record<RequiredHead, T> & { line?: T };

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
  heads: Heads<HeadDocument>;
  /** What it was trained on and how it scored in cross-validation, for the record. */
  training: Record<string, unknown>;
}

/**
 * The weights of every head side by side, one row per bucket that carries any weight, and an
 * index from bucket to row. Scoring reads one short row per feature for all heads instead of a
 * row per head in three tables of 2^18 rows: far fewer cache misses, which is what scoring costs.
 */
export class WeightTable {
  constructor(
    /** Bucket → offset of its row in `rows`, or -1 when the bucket carries no weight. */
    readonly index: Int32Array,
    readonly rows: Float32Array,
    /** Weights per row: the labels of every head. */
    readonly width: number,
  ) {}

  /** Builds the table from dense per-head weights (`(1 << FeatureBits) * labels` each). */
  static fromDense(heads: { labels: number; weights: Float32Array }[]): WeightTable {
    const width = heads.reduce((n, h) => n + h.labels, 0);
    const index = new Int32Array(1 << FeatureBits).fill(-1);
    let count = 0;
    for (let b = 0; b < 1 << FeatureBits; b++) {
      if (heads.some((h) => h.weights.subarray(b * h.labels, (b + 1) * h.labels).some((w) => Math.abs(w) > 1e-6)))
        index[b] = count++ * width;
    }
    const rows = new Float32Array(count * width);
    for (let b = 0; b < 1 << FeatureBits; b++) {
      if (index[b] < 0) continue;
      let at = index[b];
      for (const h of heads) {
        rows.set(h.weights.subarray(b * h.labels, (b + 1) * h.labels), at);
        at += h.labels;
      }
    }
    return new WeightTable(index, rows, width);
  }
}

/**
 * What the heads of a model read in one inquiry, shared by them: the row of every feature, looked
 * up once, and each head's logits, computed when a decision first asks that head (an agency's
 * question needs the route alone). A head's logits add up the same terms in the same order as its
 * own pass over the features would, so the figures are the same to the last bit.
 */
export class ModelScores {
  /** Per feature, the offset of its row in the weight table, or -1 when it carries no weight. */
  readonly rowOf: number[];
  private readonly logits: number[];
  /** Per column: true once the head starting there has its logits. */
  private readonly computed: boolean[];

  constructor(
    readonly table: WeightTable,
    private readonly x: FeatureVector,
  ) {
    const { index } = table;
    const { ids } = x;
    // Plain arrays: typed arrays this size live outside the heap and cost more to make per inquiry.
    // Grown by `push`, so they stay packed (no holes for every read to check).
    this.rowOf = [];
    for (let i = 0; i < ids.length; i++) this.rowOf.push(index[ids[i]]);
    this.logits = [];
    this.computed = [];
    for (let c = 0; c < table.width; c++) {
      this.logits.push(0);
      this.computed.push(false);
    }
  }

  /** The logits of the head whose `labels` columns start at `offset`. */
  logitsOf(offset: number, labels: number): number[] {
    const { logits } = this;
    if (!this.computed[offset]) {
      this.computed[offset] = true;
      const { rows } = this.table;
      const { rowOf } = this;
      const { values } = this.x;
      for (let i = 0; i < rowOf.length; i++) {
        const row = rowOf[i];
        if (row < 0) continue;
        const at = row + offset;
        const v = values[i];
        for (let c = 0; c < labels; c++) logits[offset + c] += rows[at + c] * v;
      }
    }
    return logits.slice(offset, offset + labels);
  }
}

/** One head of a model: its labels, its temperature and its columns of the shared weight table. */
export class ModelHead {
  constructor(
    readonly labels: readonly string[],
    readonly temperature: number,
    private readonly table: WeightTable,
    /** Column of this head's first label in every row. */
    private readonly offset: number,
  ) {}

  logits(x: FeatureVector): Float64Array {
    const k = this.labels.length;
    const into = new Float64Array(k);
    const { ids, values } = x;
    const { index, rows } = this.table;
    for (let i = 0; i < ids.length; i++) {
      const row = index[ids[i]];
      if (row < 0) continue;
      const at = row + this.offset;
      const v = values[i];
      for (let c = 0; c < k; c++) into[c] += rows[at + c] * v;
    }
    return into;
  }

  /** Calibrated probabilities of every label. */
  probabilities(x: FeatureVector): number[] {
    return softmax(this.logits(x), this.temperature);
  }

  /** The same probabilities from an inquiry's scores shared by the heads (`TextModel.score`). */
  probabilitiesOf(scores: ModelScores): number[] {
    return softmax(scores.logitsOf(this.offset, this.labels.length), this.temperature);
  }

  /**
   * The named entries that pulled most towards `label` against the average of the other labels:
   * what made the model choose it. Only named entries (words, rule signals) are weighed.
   */
  topContributions(
    x: FeatureVector,
    label: number,
    count: number,
    scores: ModelScores = new ModelScores(this.table, x),
  ): { name: string; weight: number }[] {
    const names = x.names;
    if (!names) return [];
    const k = this.labels.length;
    const { rows } = this.table;
    const { rowOf } = scores;
    // A repeated word counts once (its largest pull): cheaper than summing by name, same top words.
    const top: { name: string; weight: number }[] = [];
    for (let i = 0; i < x.ids.length; i++) {
      const row = rowOf[i];
      if (names[i] === null || row < 0) continue;
      const at = row + this.offset;
      let others = -rows[at + label];
      for (let c = 0; c < k; c++) others += rows[at + c];
      const weight = (rows[at + label] - others / (k - 1)) * x.values[i];
      if (weight <= 0 || (top.length === count && weight <= top[count - 1].weight)) continue;
      const name = featureName(x, i)!;
      const same = top.findIndex((t) => t.name === name);
      if (same >= 0) {
        if (top[same].weight >= weight) continue;
        top.splice(same, 1);
      }
      let place = top.length;
      while (place > 0 && top[place - 1].weight < weight) place--;
      top.splice(place, 0, { name, weight });
      if (top.length > count) top.pop();
    }
    return top;
  }

  toDocument(): HeadDocument {
    const k = this.labels.length;
    const { index, rows } = this.table;
    const buckets: number[] = [];
    const weights: number[] = [];
    for (let b = 0; b < index.length; b++) {
      const at = index[b] + this.offset;
      if (index[b] < 0 || !rows.subarray(at, at + k).some((w) => Math.abs(w) > 1e-6)) continue;
      buckets.push(b);
      for (let c = 0; c < k; c++) weights.push(rows[at + c]);
    }
    return {
      labels: [...this.labels],
      temperature: this.temperature,
      buckets: Buffer.from(new Int32Array(buckets).buffer).toString('base64'),
      weights: Buffer.from(new Float32Array(weights).buffer).toString('base64'),
    };
  }
}

/** A head as training produces it: dense weights, `(1 << FeatureBits) * labels.length`. */
export interface DenseHead {
  labels: readonly string[];
  temperature: number;
  weights: Float32Array;
}

const HeadNames: HeadName[] = ['route', 'category', 'caseType', 'line'];

function denseFromDocument(doc: HeadDocument): DenseHead {
  const k = doc.labels.length;
  const buckets = new Int32Array(toArrayBuffer(Buffer.from(doc.buckets, 'base64')));
  const rows = new Float32Array(toArrayBuffer(Buffer.from(doc.weights, 'base64')));
  if (rows.length !== buckets.length * k)
    throw new InvalidModel(`head with ${k} labels has ${rows.length} weights for ${buckets.length} buckets`);
  const weights = new Float32Array((1 << FeatureBits) * k);
  buckets.forEach((b, i) => {
    if (b < 0 || b >= 1 << FeatureBits) throw new InvalidModel(`bucket ${b} outside the feature table`);
    weights.set(rows.subarray(i * k, (i + 1) * k), b * k);
  });
  return { labels: doc.labels, temperature: doc.temperature, weights };
}

function toArrayBuffer(b: Buffer): ArrayBuffer {
  // Buffers share a pool: copy so the typed array is aligned and owns its bytes.
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

export function softmax(logits: ArrayLike<number>, temperature = 1): number[] {
  let max = -Infinity;
  for (let c = 0; c < logits.length; c++) if (logits[c] > max) max = logits[c];
  const out: number[] = [];
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    out.push(Math.exp((logits[c] - max) / temperature));
    sum += out[c];
  }
  for (let c = 0; c < out.length; c++) out[c] /= sum;
  return out;
}

export class InvalidModel extends NamedError {}

/** A trained model, loaded and ready; immutable, so one instance is shared by every request. */
export class TextModel {
  readonly heads: Heads<ModelHead>;
  private readonly table: WeightTable;

  constructor(
    readonly version: string,
    dense: Heads<DenseHead>,
    readonly training: Record<string, unknown> = {},
  ) {
    const present = HeadNames.filter((h) => dense[h]);
    const table = WeightTable.fromDense(present.map((h) => ({ labels: dense[h]!.labels.length, weights: dense[h]!.weights })));
    this.table = table;
    let offset = 0;
    const heads = {} as Heads<ModelHead>;
    for (const h of present) {
      heads[h] = new ModelHead(dense[h]!.labels, dense[h]!.temperature, table, offset);
      offset += dense[h]!.labels.length;
    }
    this.heads = heads;
  }

  /** What the heads read in one inquiry, shared by them; the heads' `...Of` methods take it. */
  score(x: FeatureVector): ModelScores {
    return new ModelScores(this.table, x);
  }

  static fromDocument(doc: TextModelDocument): TextModel {
    if (doc?.format !== 'inquiry-text-model/1') throw new InvalidModel(`unknown model format ${String(doc?.format)}`);
    if (doc.featureBits !== FeatureBits)
      throw new InvalidModel(`model has ${doc.featureBits} feature bits, this code reads ${FeatureBits}`);
    return new TextModel(
      doc.version,
      {
        route: denseFromDocument(doc.heads.route),
        category: denseFromDocument(doc.heads.category),
        caseType: denseFromDocument(doc.heads.caseType),
        line: doc.heads.line ? denseFromDocument(doc.heads.line) : undefined,
      },
      doc.training,
    );
  }

  toDocument(trainedAt: string): TextModelDocument {
    return {
      format: 'inquiry-text-model/1',
      version: this.version,
      trainedAt,
      featureBits: FeatureBits,
      heads: {
        route: this.heads.route.toDocument(),
        category: this.heads.category.toDocument(),
        caseType: this.heads.caseType.toDocument(),
        ...(this.heads.line ? { line: this.heads.line.toDocument() } : {}),
      },
      training: this.training,
    };
  }
}
