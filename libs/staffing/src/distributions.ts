import { InvalidStaffingInput, isList } from './erlang-c';
import { SeededRandom } from './random';

/**
 * A distribution of durations in seconds (handle times, callers' patience): exponential (what
 * Erlang C assumes), lognormal (what recorded handle times usually look like: skewed, a long tail),
 * the recorded samples themselves, or a constant.
 */
export type Duration =
  | { kind: 'exponential'; mean: number }
  | { kind: 'lognormal'; mu: number; sigma: number }
  | { kind: 'empirical'; samples: readonly number[] }
  | { kind: 'constant'; value: number };

/** The lognormal with the samples' mean and standard deviation of log-duration (the maximum-likelihood fit). */
export function lognormalFittedTo(samples: readonly number[]): Duration {
  const logs = checkedSamples(samples).map(Math.log);
  const mu = logs.reduce((s, x) => s + x, 0) / logs.length;
  const variance = logs.reduce((s, x) => s + (x - mu) ** 2, 0) / logs.length;
  return { kind: 'lognormal', mu, sigma: Math.sqrt(variance) };
}

/** The lognormal with this mean and coefficient of variation (standard deviation / mean). */
export function lognormalWithMean(mean: number, coefficientOfVariation: number): Duration {
  const sigma2 = Math.log(1 + coefficientOfVariation ** 2);
  return { kind: 'lognormal', mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

export function meanDuration(d: Duration): number {
  switch (d.kind) {
    case 'exponential':
      return d.mean;
    case 'lognormal':
      return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
    case 'empirical':
      return d.samples.reduce((s, x) => s + x, 0) / d.samples.length;
    case 'constant':
      return d.value;
  }
}

/** A draw from `d` with `random`. */
export function drawDuration(d: Duration, random: SeededRandom): number {
  switch (d.kind) {
    case 'exponential':
      return random.exponential(d.mean);
    case 'lognormal':
      return Math.exp(d.mu + d.sigma * random.normal());
    case 'empirical':
      return d.samples[random.index(d.samples.length)];
    case 'constant':
      return d.value;
  }
}

/** Refused with the field that is wrong: a distribution must give positive, finite durations. */
export function checkDuration(d: Duration, name: string): void {
  const positive = (value: number, field: string) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      throw new InvalidStaffingInput(`${name}.${field} must be above 0`);
  };
  switch (d.kind) {
    case 'exponential':
      return positive(d.mean, 'mean');
    case 'lognormal':
      if (!Number.isFinite(d.mu)) throw new InvalidStaffingInput(`${name}.mu must be a number`);
      if (!Number.isFinite(d.sigma) || d.sigma < 0) throw new InvalidStaffingInput(`${name}.sigma must be at least 0`);
      return;
    case 'empirical':
      checkedSamples(d.samples, name);
      return;
    case 'constant':
      return positive(d.value, 'value');
    default:
      throw new InvalidStaffingInput(`${name}.kind must be exponential, lognormal, empirical or constant`);
  }
}

function checkedSamples(samples: readonly number[], name = 'samples'): readonly number[] {
  if (!isList(samples) || samples.length === 0) throw new InvalidStaffingInput(`${name}: at least one sample is needed`);
  if (samples.some((x) => typeof x !== 'number' || !Number.isFinite(x) || x <= 0))
    throw new InvalidStaffingInput(`${name}: every sample must be a duration above 0 seconds`);
  return samples;
}
