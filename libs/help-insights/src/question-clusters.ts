import { dot, normalised, type TermVector } from './term-vectors';

export interface ClusteringOptions {
  /** Least cosine similarity between a question and a cluster's centre for the question to belong to it (default 0.3). */
  threshold?: number;
  /**
   * Clusters whose centres are at least this similar are one (default 0.2): the first pass splits a
   * question asked in different words into several, whose centres still share the words that
   * matter; centres of different questions share next to none.
   */
  mergeThreshold?: number;
  /** Fewer questions than this are not a cluster (default 3); theirs count as unclustered. */
  minClusterSize?: number;
  /** Reassignment rounds after the first pass (default 4); stops early when nothing moves. */
  rounds?: number;
}

/** A cluster as found: its members (indexes into the vectors given) and its centre (normalised mean). */
export interface FoundCluster {
  members: number[];
  centre: TermVector;
}

/** A growing cluster: the sum of its members' vectors, with the sum's squared length kept as it grows. */
class Centre {
  readonly sum = new Map<number, number>();
  private squared = 0;

  add(vector: TermVector): void {
    for (const [i, w] of vector) {
      const before = this.sum.get(i) ?? 0;
      this.squared += 2 * before * w + w * w;
      this.sum.set(i, before + w);
    }
  }

  get length(): number {
    return Math.sqrt(Math.max(this.squared, 0));
  }
}

/**
 * Clusters of similar questions, deterministically (no randomness: the same questions in the same
 * order give the same clusters). A first pass in the order given puts each question in the
 * cluster whose centre it is most similar to, or starts one when none reaches `threshold`
 * (leader clustering); then rounds of k-means-like reassignment to the centres found, where a
 * question near none falls out; then centres nearly alike are merged, and clusters too small to
 * say anything are dropped. Candidates are found through an inverted index of the centres' terms,
 * so the cost grows with the questions times the clusters sharing their words, not all clusters.
 * Clusters come largest first.
 */
export function clusterQuestions(vectors: readonly TermVector[], options: ClusteringOptions = {}): FoundCluster[] {
  const threshold = options.threshold ?? 0.3;
  const mergeThreshold = options.mergeThreshold ?? 0.2;
  const minSize = options.minClusterSize ?? 3;
  const rounds = options.rounds ?? 4;

  // First pass: leader clustering against growing centres.
  let centres: Centre[] = [];
  const postings = new Map<number, Set<number>>();
  let assignment = vectors.map((vector) => {
    if (vector.size === 0) return -1;
    const [best, similarity] = nearest(vector, centres, postings);
    const target = best >= 0 && similarity >= threshold ? best : centres.push(new Centre()) - 1;
    centres[target].add(vector);
    for (const i of vector.keys()) {
      const list = postings.get(i) ?? new Set<number>();
      list.add(target);
      postings.set(i, list);
    }
    return target;
  });

  // Reassignment to fixed centres, until nothing moves.
  for (let round = 0; round < rounds; round++) {
    const fixed = centresOf(vectors, assignment, centres.length);
    const fixedPostings = postingsOf(fixed);
    let moved = 0;
    const next = vectors.map((vector, k) => {
      if (vector.size === 0) return -1;
      const [best, similarity] = nearest(vector, fixed, fixedPostings);
      const target = similarity >= threshold ? best : -1;
      if (target !== assignment[k]) moved++;
      return target;
    });
    assignment = next;
    centres = fixed;
    if (moved === 0) break;
  }

  // Merge centres nearly alike (the larger absorbs the smaller), then drop the small.
  const groups = new Map<number, number[]>();
  assignment.forEach((c, k) => {
    if (c < 0) return;
    const members = groups.get(c);
    if (members) members.push(k);
    else groups.set(c, [k]);
  });
  const ordered = [...groups.entries()]
    .map(([, members]) => ({ members, centre: meanOf(vectors, members) }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
  const merged: FoundCluster[] = [];
  for (const cluster of ordered) {
    const into = merged.find((m) => dot(m.centre, cluster.centre) >= mergeThreshold);
    if (into) {
      into.members.push(...cluster.members);
      into.centre = meanOf(vectors, into.members);
    } else merged.push({ members: [...cluster.members], centre: cluster.centre });
  }
  return merged
    .filter((c) => c.members.length >= minSize)
    .map((c) => ({ members: c.members.sort((a, b) => a - b), centre: c.centre }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
}

/** The centre (of those sharing a term with `vector`) most similar to it, and the similarity; [-1, 0] when none shares one. */
function nearest(vector: TermVector, centres: readonly Centre[], postings: ReadonlyMap<number, ReadonlySet<number>>): [number, number] {
  const scores = new Map<number, number>();
  for (const [i, w] of vector) {
    const candidates = postings.get(i);
    if (!candidates) continue;
    for (const c of candidates) scores.set(c, (scores.get(c) ?? 0) + w * (centres[c].sum.get(i) ?? 0));
  }
  let best = -1;
  let bestSimilarity = 0;
  for (const [c, score] of scores) {
    const length = centres[c].length;
    const similarity = length > 0 ? score / length : 0;
    if (similarity > bestSimilarity || (similarity === bestSimilarity && c < best)) [best, bestSimilarity] = [c, similarity];
  }
  return [best, bestSimilarity];
}

function centresOf(vectors: readonly TermVector[], assignment: readonly number[], count: number): Centre[] {
  const centres = Array.from({ length: count }, () => new Centre());
  assignment.forEach((c, k) => {
    if (c >= 0) centres[c].add(vectors[k]);
  });
  return centres;
}

function postingsOf(centres: readonly Centre[]): Map<number, Set<number>> {
  const postings = new Map<number, Set<number>>();
  centres.forEach((centre, c) => {
    for (const i of centre.sum.keys()) {
      const list = postings.get(i) ?? new Set<number>();
      list.add(c);
      postings.set(i, list);
    }
  });
  return postings;
}

function meanOf(vectors: readonly TermVector[], members: readonly number[]): TermVector {
  const sum = new Map<number, number>();
  for (const k of members) for (const [i, w] of vectors[k]) sum.set(i, (sum.get(i) ?? 0) + w);
  return normalised(sum);
}
