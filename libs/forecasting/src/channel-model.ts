import type { Channel } from '@inquiry-router/contracts';
import type { DeadlineActivation } from './deadline-windows';
import type { ForecastOptions, LearnedDeadlineEffect } from './forecast.types';
import { slotsPerDay, yearFractionOf } from './local-time';
import type { OpeningDay } from './opening-days';

/** Weekdays whose factor is at least this are "busy": the level and the deadline effects are measured on them. */
const busyWeekday = 0.25;

/** The fitted model of one channel: everything a forecast figure is made of. */
export interface FittedChannel {
  channel: Channel;
  /** Deseasonalised contacts per average day at the end of the history (yearly season divided out). */
  level: number;
  /** Mean yearly factor over the days the level was taken from. */
  levelYearly: number;
  /** Index = ISO weekday 1–7 (0 unused); mean 1 over the seven. */
  weekly: number[];
  /** Index = ISO weekday → 48 shares of the day's contacts (sum 1). */
  profile: Float64Array[];
  /** 12 monthly log effects (zero without a year of history), read between month midpoints. */
  monthEffects: number[] | null;
  dailyNoise: number;
  /** `deadlineId|offset` → learned effect. */
  effects: Map<string, LearnedDeadlineEffect>;
}

export function effectKey(deadlineId: string, offset: number): string {
  return `${deadlineId}|${offset}`;
}

/** The day of the week a day is modelled as: a day closed all day is a Sunday. */
export function modelWeekday(day: OpeningDay): number {
  return day.closedAllDay ? 7 : day.weekday;
}

export function yearlyFactor(model: FittedChannel, day: number): number {
  const months = model.monthEffects;
  if (!months) return 1;
  // Linear between month midpoints, round the year.
  const position = yearFractionOf(day) * 12 - 0.5;
  const lower = Math.floor(position);
  const weight = position - lower;
  const a = months[(lower + 12) % 12];
  const b = months[(lower + 13) % 12];
  return Math.exp(a * (1 - weight) + b * weight);
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Fits one channel's model on its history (`arrivals`: 48 slots per day of `days`):
 * 1. ordinary days: not closed all day and in no deadline window of this channel;
 * 2. weekly factors and half-hour profiles from the ordinary days' sums;
 * 3. with a year or more of history, a yearly season: monthly means of the detrended log level;
 * 4. each past day's local level (median of nearby ordinary days), the baseline deadlines are measured against;
 * 5. deadline effects per deadline and working-day offset, by backfitting log ratios (see README);
 * 6. the current level: the median deseasonalised ordinary day of the last weeks.
 */
export function fitChannel(
  channel: Channel,
  arrivals: Float64Array,
  days: readonly OpeningDay[],
  activations: Map<number, DeadlineActivation[]>,
  options: ForecastOptions,
): FittedChannel {
  const n = days.length;
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let s = 0; s < slotsPerDay; s++) totals[i] += arrivals[i * slotsPerDay + s];
  const ordinary = days.map((d, i) => !d.closedAllDay && !activations.has(i));

  // Weekly factors and profiles, from the ordinary days of each weekday (falling back to every day of it).
  const weekdayTotals = new Array<number>(8).fill(0);
  const profile = Array.from({ length: 8 }, () => new Float64Array(slotsPerDay));
  for (let weekday = 1; weekday <= 7; weekday++) {
    const sameWeekday = days.flatMap((d, i) => (modelWeekday(d) === weekday ? [i] : []));
    let chosen = sameWeekday.filter((i) => ordinary[i]);
    if (chosen.length === 0) chosen = sameWeekday.filter((i) => !days[i].closedAllDay);
    if (chosen.length === 0) chosen = sameWeekday;
    let sum = 0;
    for (const i of chosen) {
      sum += totals[i];
      for (let s = 0; s < slotsPerDay; s++) profile[weekday][s] += arrivals[i * slotsPerDay + s];
    }
    weekdayTotals[weekday] = chosen.length > 0 ? sum / chosen.length : 0;
    if (sum > 0) for (let s = 0; s < slotsPerDay; s++) profile[weekday][s] /= sum;
    else profile[weekday].fill(1 / slotsPerDay);
  }
  const averageDay = weekdayTotals.slice(1).reduce((a, b) => a + b, 0) / 7;
  const weekly = weekdayTotals.map((t, i) => (i === 0 ? 0 : averageDay > 0 ? t / averageDay : 1));
  const busy = days.map((d, i) => ordinary[i] && weekly[modelWeekday(d)] >= busyWeekday);

  const model: FittedChannel = {
    channel,
    level: 0,
    levelYearly: 1,
    weekly,
    profile,
    monthEffects: null,
    dailyNoise: 0,
    effects: new Map(),
  };
  if (averageDay === 0) return model;

  if (n >= options.yearlyMinDays) model.monthEffects = monthEffects(days, totals, busy, weekly);

  // Deseasonalised level of each busy ordinary day, and each day's local level.
  const levelOf = (i: number) => totals[i] / (weekly[modelWeekday(days[i])] * yearlyFactor(model, days[i].day));
  const levelDays = days.flatMap((_, i) => (busy[i] && totals[i] > 0 ? [i] : []));
  const levels = levelDays.map(levelOf);
  const overall = median(levels);
  const localLevel = new Float64Array(n);
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    while (lo < levelDays.length && levelDays[lo] < i - options.localLevelDays) lo++;
    while (hi < levelDays.length && levelDays[hi] <= i + options.localLevelDays) hi++;
    localLevel[i] = hi > lo ? median(levels.slice(lo, hi)) : overall;
  }
  const baseline = (i: number) => localLevel[i] * weekly[modelWeekday(days[i])] * yearlyFactor(model, days[i].day);
  const logRatio = (i: number) => Math.log((totals[i] + 0.5) / (baseline(i) + 0.5));

  const ordinaryRatios = days.flatMap((_, i) => (busy[i] ? [logRatio(i)] : []));
  const mean = ordinaryRatios.reduce((a, b) => a + b, 0) / Math.max(1, ordinaryRatios.length);
  const variance =
    ordinaryRatios.length >= 3 ? ordinaryRatios.reduce((a, b) => a + (b - mean) ** 2, 0) / (ordinaryRatios.length - 1) : 0.05;
  model.dailyNoise = Math.sqrt(variance);
  model.effects = learnDeadlineEffects(days, activations, weekly, logRatio, variance, options.deadlinePriorVariance);

  // The current level: the last `levelWeeks` of ordinary days, reaching further back when they are too few.
  const recent: number[] = [];
  const recentYearly: number[] = [];
  for (let k = levelDays.length - 1; k >= 0; k--) {
    const i = levelDays[k];
    if (i < n - options.levelWeeks * 7 && recent.length >= 5) break;
    recent.push(levels[k]);
    recentYearly.push(yearlyFactor(model, days[i].day));
  }
  model.level = median(recent);
  model.levelYearly = recentYearly.reduce((a, b) => a + b, 0) / recentYearly.length;
  return model;
}

/** Monthly log effects of the deseasonalised daily level, a linear trend taken out first; centred on 0. */
function monthEffects(days: readonly OpeningDay[], totals: Float64Array, busy: boolean[], weekly: number[]): number[] {
  const points = days.flatMap((d, i) =>
    busy[i] && totals[i] > 0 ? [{ x: d.day, y: Math.log(totals[i] / weekly[modelWeekday(d)]), d }] : [],
  );
  if (points.length < 60) return new Array<number>(12).fill(0);
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  const slope = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const sums = new Array<number>(12).fill(0);
  const counts = new Array<number>(12).fill(0);
  for (const p of points) {
    const month = new Date(p.d.day * 86_400_000).getUTCMonth();
    sums[month] += p.y - (my + slope * (p.x - mx));
    counts[month]++;
  }
  const effects = sums.map((s, m) => (counts[m] > 0 ? s / counts[m] : 0));
  const centre = effects.reduce((a, b) => a + b, 0) / 12;
  return effects.map((e) => e - centre);
}

/**
 * Deadline effects as an additive model of log ratios (actual over baseline) on the busy working
 * days in some window: each day's log ratio is the sum of the effects of the (deadline, offset)
 * pairs covering it plus noise. Backfitting: each pair's effect is, in turn, the mean of its days'
 * log ratios less the other pairs' current effects, shrunk toward 0 (factor 1) by n / (n + noise /
 * prior): few occurrences on a noisy channel are believed less. Overlapping deadlines so share a
 * day's excess by what each shows on its days alone.
 */
function learnDeadlineEffects(
  days: readonly OpeningDay[],
  activations: Map<number, DeadlineActivation[]>,
  weekly: number[],
  logRatio: (i: number) => number,
  noiseVariance: number,
  priorVariance: number,
): Map<string, LearnedDeadlineEffect> {
  const observations: { ratio: number; keys: number[] }[] = [];
  const keys: { deadlineId: string; offset: number }[] = [];
  const keyIndex = new Map<string, number>();
  for (const [i, active] of activations) {
    const d = days[i];
    if (!d || d.closedAllDay || weekly[modelWeekday(d)] < busyWeekday) continue;
    const indices = active.map((a) => {
      const key = effectKey(a.occurrence.deadlineId, a.offset);
      let k = keyIndex.get(key);
      if (k === undefined) {
        k = keys.length;
        keys.push({ deadlineId: a.occurrence.deadlineId, offset: a.offset });
        keyIndex.set(key, k);
      }
      return k;
    });
    observations.push({ ratio: logRatio(i), keys: indices });
  }
  const effect = new Float64Array(keys.length);
  const raw = new Float64Array(keys.length);
  const counts = new Float64Array(keys.length);
  for (const o of observations) for (const k of o.keys) counts[k]++;
  const shrink = noiseVariance / priorVariance;
  const observing: number[][] = keys.map(() => []);
  observations.forEach((o, i) => o.keys.forEach((k) => observing[k].push(i)));
  // Backfitting one effect at a time against the others' latest values (Gauss–Seidel): with
  // deadlines whose windows overlap, updating all at once overshoots and can diverge.
  for (let round = 0; round < 20; round++) {
    for (let k = 0; k < keys.length; k++) {
      let sum = 0;
      for (const i of observing[k]) {
        const o = observations[i];
        sum += o.ratio - o.keys.reduce((a, j) => (j === k ? a : a + effect[j]), 0);
      }
      raw[k] = sum / counts[k];
      effect[k] = raw[k] * (counts[k] / (counts[k] + shrink));
    }
  }
  return new Map(
    keys.map((key, k) => [
      effectKey(key.deadlineId, key.offset),
      { ...key, factor: Math.exp(effect[k]), rawFactor: Math.exp(raw[k]), occurrences: counts[k] },
    ]),
  );
}
