import { bucketsBetween, bucketsOf, percentileOfBuckets } from './histogram';

const exposition = (counts: number[]) =>
  [
    '# HELP x_seconds test',
    '# TYPE x_seconds histogram',
    `x_seconds_bucket{le="0.01"} ${counts[0]}`,
    `x_seconds_bucket{le="0.02"} ${counts[1]}`,
    `x_seconds_bucket{le="0.05"} ${counts[2]}`,
    `x_seconds_bucket{le="+Inf"} ${counts[3]}`,
    `x_seconds_sum 1`,
    `x_seconds_count ${counts[3]}`,
  ].join('\n');

describe('reading a Prometheus histogram', () => {
  it('reads the cumulative buckets of the named histogram', () => {
    expect([...bucketsOf(exposition([1, 2, 3, 4]), 'x_seconds')]).toEqual([
      [0.01, 1],
      [0.02, 2],
      [0.05, 3],
      [Infinity, 4],
    ]);
  });

  it('interpolates a percentile within its bucket, over what was observed between two readings', () => {
    const observed = bucketsBetween(
      bucketsOf(exposition([10, 10, 10, 10]), 'x_seconds'),
      bucketsOf(exposition([60, 110, 110, 110]), 'x_seconds'),
    );
    // 100 observations: 50 in (0, 10 ms], 50 in (10, 20 ms].
    expect(percentileOfBuckets(observed, 50)).toBeCloseTo(10, 6);
    expect(percentileOfBuckets(observed, 75)).toBeCloseTo(15, 6);
    expect(percentileOfBuckets(observed, 99)).toBeCloseTo(19.8, 6);
  });

  it('has no percentile without observations', () => {
    expect(percentileOfBuckets(bucketsOf(exposition([0, 0, 0, 0]), 'x_seconds'), 99)).toBeNaN();
  });
});
