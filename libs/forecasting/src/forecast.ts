import { type Channel, Channels, NamedError } from '@inquiry-router/contracts';
import { carryToOpenings, contactGrid } from './contact-grid';
import { effectKey, FittedChannel, fitChannel, modelWeekday, yearlyFactor } from './channel-model';
import { DeadlineActivation, deadlineActivations } from './deadline-windows';
import {
  ChannelModel,
  DeadlineCause,
  defaultForecastOptions,
  Forecast,
  ForecastOptions,
  ForecastRequest,
  IntervalForecast,
} from './forecast.types';
import { dateOf, dayOf, LocalClock, slotsPerDay, timeOf } from './local-time';
import { OpeningDay, openingDays } from './opening-days';

/** Bad input to a forecast or backtest: the message says which field and why. */
export class ForecastInputError extends NamedError {}

/** Days after the horizon whose deadlines' windows may reach back into it. */
const windowMargin = 31;
/** Days before the horizon forecast only for what they carry over into its first opening. */
const carryLeadDays = 7;

/** A `YYYY-MM-DD` field as a day number, or a ForecastInputError naming the field. */
export function parseDay(value: string, field: string): number {
  try {
    return dayOf(value);
  } catch {
    throw new ForecastInputError(`${field}: "${value}" is not a YYYY-MM-DD date`);
  }
}

/** The learned model of every channel, and what a forecast from it needs. */
export interface FittedForecaster {
  clock: LocalClock;
  days: OpeningDay[];
  /** Table day number of `days[0]`. */
  first: number;
  models: Record<Channel, FittedChannel>;
  activations: Record<Channel, Map<number, DeadlineActivation[]>>;
  options: ForecastOptions;
}

/** Learns every channel's model from the history, on a day table reaching `until` (exclusive) for later deadlines. */
export function fitForecaster(request: Omit<ForecastRequest, 'horizon'>, from: number, until: number): FittedForecaster {
  const options = { ...defaultForecastOptions, ...request.options };
  const histFirst = parseDay(request.history.from, 'history.from');
  const histLast = parseDay(request.history.to, 'history.to');
  if (histLast - histFirst < 14) throw new ForecastInputError('history: at least two weeks are needed (from … to)');
  let clock: LocalClock;
  try {
    clock = new LocalClock(request.calendar.zone);
  } catch (e) {
    throw new ForecastInputError(`calendar.zone: ${(e as Error).message}`);
  }
  request.deadlines.forEach((d, i) => parseDay(d.date, `deadlines[${i}].date`));
  const first = Math.min(histFirst, from);
  const days = openingDays(first, Math.max(histLast, until) + windowMargin, request.calendar, clock);
  const activations = deadlineActivations(request.deadlines, days, options.deadlineWindow);
  const grid = contactGrid(request.history.counts, histFirst, histLast, clock);
  const shift = histFirst - first;
  const historyDays = days.slice(shift, shift + (histLast - histFirst));
  const models = Object.fromEntries(
    Channels.map((channel) => {
      const onHistory = new Map<number, DeadlineActivation[]>();
      for (const [i, a] of activations[channel]) if (i >= shift && i < shift + historyDays.length) onHistory.set(i - shift, a);
      return [channel, fitChannel(channel, grid[channel], historyDays, onHistory, options)];
    }),
  ) as Record<Channel, FittedChannel>;
  return { clock, days, first, models, activations, options };
}

/**
 * The next weeks per channel and half-hour, each figure with its parts (see README): contacts
 * arriving = base × weekly × daily × yearly × deadline factor, what arrived while closed carried to
 * the next opening, and 0 in every closed half-hour with the reason.
 */
export function forecastContacts(request: ForecastRequest): Forecast {
  const horizonFirst = parseDay(request.horizon.from, 'horizon.from');
  const weeks = request.horizon.weeks;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw new ForecastInputError('horizon.weeks: a whole number from 1 to 104');
  const horizonLast = horizonFirst + 7 * weeks;
  const fitted = fitForecaster(request, horizonFirst - carryLeadDays, horizonLast);
  const intervals: IntervalForecast[] = [];
  for (const channel of Channels) intervals.push(...forecastChannel(fitted, channel, horizonFirst, horizonLast));
  return {
    horizon: { from: dateOf(horizonFirst), to: dateOf(horizonLast) },
    models: Channels.map((c) => describeModel(fitted.models[c])),
    intervals,
  };
}

/** One channel's half-hours from `from` to `to` (table day numbers, exclusive). */
export function forecastChannel(fitted: FittedForecaster, channel: Channel, from: number, to: number): IntervalForecast[] {
  const model = fitted.models[channel];
  const start = from - carryLeadDays - fitted.first;
  const days = fitted.days.slice(start, to - fitted.first);
  const base = (model.level * model.levelYearly) / slotsPerDay;
  const arrivals = new Float64Array(days.length * slotsPerDay);
  const dayParts = days.map((d, i) => {
    const weekday = modelWeekday(d);
    const yearly = yearlyFactor(model, d.day) / model.levelYearly;
    const causes = d.closedAllDay ? [] : deadlineCauses(model, fitted.activations[channel].get(start + i) ?? []);
    const factor = causes.reduce((a, c) => a * c.factor, 1);
    for (let s = 0; s < slotsPerDay; s++) {
      arrivals[i * slotsPerDay + s] = base * model.weekly[weekday] * model.profile[weekday][s] * slotsPerDay * yearly * factor;
    }
    return { weekday, yearly, causes, factor };
  });
  const { work, carried } = carryToOpenings(arrivals, days);
  const out: IntervalForecast[] = [];
  for (let i = carryLeadDays; i < days.length; i++) {
    const d = days[i];
    const { weekday, yearly, causes, factor } = dayParts[i];
    for (let s = 0; s < slotsPerDay; s++) {
      const k = i * slotsPerDay + s;
      const open = d.open[s] === 1;
      out.push({
        channel,
        start: new Date(fitted.clock.instantOf(d.day, s)).toISOString(),
        date: dateOf(d.day),
        time: timeOf(s),
        forecast: open ? work[k] : 0,
        arrivals: arrivals[k],
        carriedOver: carried[k],
        base,
        seasonal: { weekly: model.weekly[weekday], daily: model.profile[weekday][s] * slotsPerDay, yearly },
        deadline: { factor, causes },
        closed: open ? null : { reason: d.closedReason ?? 'outside opening hours' },
      });
    }
  }
  return out;
}

function deadlineCauses(model: FittedChannel, active: readonly DeadlineActivation[]): DeadlineCause[] {
  return active.map(({ occurrence, offset }) => {
    const learned = model.effects.get(effectKey(occurrence.deadlineId, offset));
    return {
      deadlineId: occurrence.deadlineId,
      name: occurrence.name,
      agency: occurrence.agency,
      date: occurrence.date,
      offset,
      factor: learned?.factor ?? 1,
      learnedFrom: learned?.occurrences ?? 0,
    };
  });
}

function describeModel(model: FittedChannel): ChannelModel {
  return {
    channel: model.channel,
    dailyLevel: model.level * model.levelYearly,
    weekly: Object.fromEntries(model.weekly.slice(1).map((w, i) => [i + 1, w])),
    dailyNoise: model.dailyNoise,
    yearlySeason: model.monthEffects !== null,
    deadlineEffects: [...model.effects.values()].sort((a, b) => a.deadlineId.localeCompare(b.deadlineId) || a.offset - b.offset),
  };
}
