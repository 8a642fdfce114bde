/** When a rise in one category's contacts is far enough above normal to suggest an incident. */
export interface RiseThresholds {
  /** Never fewer contacts in the window than this (a quiet category's 1 → 4 is no incident). */
  minimumContacts: number;
  /** At least this many times the usual count. */
  minimumRatio: number;
  /** And this many standard deviations above it (Poisson's, when the history varies less). */
  deviations: number;
}

export const DefaultRiseThresholds: RiseThresholds = { minimumContacts: 10, minimumRatio: 3, deviations: 4 };

export interface RiseAssessment {
  rising: boolean;
  /** The usual count: the mean of the same window in the history. */
  expected: number;
  /** observed / expected (observed itself when the history has none). */
  ratio: number;
  /** The count at which it would have been a rise. */
  threshold: number;
}

/**
 * Whether `observed` contacts in a window is far above what the same weekday and time of day
 * held in the history (`history`: one count per earlier week). Counts are taken as Poisson, so
 * a category with a history of 2 needs far more than 2 × to count, and a busy one a smaller
 * factor of much larger numbers; a history that varies more than Poisson widens the band.
 */
export function assessRise(
  observed: number,
  history: readonly number[],
  thresholds: RiseThresholds = DefaultRiseThresholds,
): RiseAssessment {
  const expected = history.length === 0 ? 0 : history.reduce((s, c) => s + c, 0) / history.length;
  const variance = history.length < 2 ? expected : history.reduce((s, c) => s + (c - expected) ** 2, 0) / (history.length - 1);
  const spread = Math.sqrt(Math.max(variance, expected, 1));
  const threshold = Math.max(thresholds.minimumContacts, expected * thresholds.minimumRatio, expected + thresholds.deviations * spread);
  return {
    rising: observed >= threshold,
    expected,
    ratio: expected > 0 ? observed / expected : observed,
    threshold,
  };
}
