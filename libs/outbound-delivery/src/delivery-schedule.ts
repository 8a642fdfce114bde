/**
 * The backoff schedule: one fixed delay per retry step (for the agency forwarder, per retry topic),
 * the last repeated, within a maximum age.
 */
export interface RetrySchedule {
  /** Delay before retry topic 1, 2, … (ms). */
  delaysMs: number[];
  /** No attempt is scheduled later than this after the first attempt (ms). */
  maxAgeMs: number;
}

export type NextStep = { kind: 'retry'; tier: number; dueAt: number } | { kind: 'give-up' };

/**
 * What follows a failed attempt made from `tier` (0: the first attempt, n: retry n — for the agency
 * forwarder the forwarded topic and retry topic n): the next retry step (the last one again once
 * the schedule is used up) and when the attempt is due, or giving up when that would be later than
 * the maximum age allows.
 */
export function nextStep(schedule: RetrySchedule, tier: number, firstAttemptAt: number, now: number): NextStep {
  if (schedule.delaysMs.length === 0) return { kind: 'give-up' };
  const next = Math.min(tier + 1, schedule.delaysMs.length);
  const dueAt = now + schedule.delaysMs[next - 1];
  if (dueAt - firstAttemptAt > schedule.maxAgeMs) return { kind: 'give-up' };
  return { kind: 'retry', tier: next, dueAt };
}
