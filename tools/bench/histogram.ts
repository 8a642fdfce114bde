/** Cumulative bucket counts of one Prometheus histogram, by upper bound in seconds. */
export type Buckets = Map<number, number>;

/** The buckets of histogram `name` in a Prometheus text exposition. */
export function bucketsOf(exposition: string, name: string): Buckets {
  const buckets: Buckets = new Map();
  const pattern = new RegExp(`^${name}_bucket\\{[^}]*le="([^"]+)"[^}]*\\} (\\d+(?:\\.\\d+)?)$`, 'gm');
  for (const [, le, count] of exposition.matchAll(pattern)) buckets.set(le === '+Inf' ? Infinity : Number(le), Number(count));
  return buckets;
}

/** What was observed between two readings of the same histogram. */
export function bucketsBetween(before: Buckets, after: Buckets): Buckets {
  return new Map([...after].map(([le, n]) => [le, n - (before.get(le) ?? 0)]));
}

/**
 * The `p`th percentile (ms) of the observations in `buckets`, interpolated linearly within its
 * bucket, as Prometheus' histogram_quantile does: exact to the bucket's width.
 */
export function percentileOfBuckets(buckets: Buckets, p: number): number {
  const bounds = [...buckets.keys()].sort((a, b) => a - b);
  const total = buckets.get(Infinity) ?? 0;
  if (total === 0) return NaN;
  const rank = (p / 100) * total;
  let lower = 0;
  let below = 0;
  for (const le of bounds) {
    const count = buckets.get(le)!;
    if (count >= rank) {
      if (le === Infinity) return lower * 1000;
      return (lower + ((le - lower) * (rank - below)) / Math.max(1, count - below)) * 1000;
    }
    lower = le;
    below = count;
  }
  return NaN;
}
