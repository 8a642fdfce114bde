import type { QuestionTerm } from './question-terms';

/** A sparse vector: term index → weight, of length 1 (L2) unless said otherwise. */
export type TermVector = Map<number, number>;

/** The terms of a set of questions: index, document frequency and the word each is most often written as. */
export interface Vocabulary {
  terms: string[];
  index: Map<string, number>;
  idf: number[];
  /** The word each term was most often written as (for labels people read). */
  words: string[];
}

export interface VectorOptions {
  /** Terms in fewer questions than this say nothing shared (default 2). */
  minDocumentFrequency?: number;
  /** Terms in more than this share of the questions tell none apart (default 0.6; only with 20 questions or more). */
  maxDocumentShare?: number;
}

/** TF-IDF vectors (1 + ln tf, smoothed idf), L2-normalised, of questions given as their terms. */
export function termVectors(
  documents: readonly QuestionTerm[][],
  options: VectorOptions = {},
): { vocabulary: Vocabulary; vectors: TermVector[] } {
  const minDf = options.minDocumentFrequency ?? 2;
  const maxShare = options.maxDocumentShare ?? 0.6;
  const df = new Map<string, number>();
  const wordCounts = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    for (const term of new Set(doc.map((t) => t.term))) df.set(term, (df.get(term) ?? 0) + 1);
    for (const { term, word } of doc) {
      const counts = wordCounts.get(term) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      wordCounts.set(term, counts);
    }
  }
  const n = documents.length;
  const kept = [...df.entries()]
    .filter(([, f]) => f >= Math.min(minDf, n) && (n < 20 || f / n <= maxShare))
    .map(([term]) => term)
    .sort();
  const index = new Map(kept.map((term, i) => [term, i]));
  const idf = kept.map((term) => Math.log((1 + n) / (1 + df.get(term)!)) + 1);
  const words = kept.map((term) => mostFrequent(wordCounts.get(term)!));
  const vectors = documents.map((doc) => {
    const tf = new Map<number, number>();
    for (const { term } of doc) {
      const i = index.get(term);
      if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
    }
    const vector: TermVector = new Map();
    for (const [i, count] of tf) vector.set(i, (1 + Math.log(count)) * idf[i]);
    return normalised(vector);
  });
  return { vocabulary: { terms: kept, index, idf, words }, vectors };
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [word, count] of counts) {
    if (count > bestCount || (count === bestCount && word < best)) [best, bestCount] = [word, count];
  }
  return best;
}

export function normalised(vector: TermVector): TermVector {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  if (sum === 0) return vector;
  const norm = Math.sqrt(sum);
  return new Map([...vector].map(([i, w]) => [i, w / norm]));
}

/** The dot product of two sparse vectors (their cosine when both are normalised). */
export function dot(a: ReadonlyMap<number | string, number>, b: ReadonlyMap<number | string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [i, w] of small) {
    const other = large.get(i);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}
