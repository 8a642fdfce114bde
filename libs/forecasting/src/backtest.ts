import { Channels, type Channel } from '@inquiry-router/contracts';
import type { OpeningCalendar } from '@inquiry-router/opening-hours';
import { carryToOpenings, contactGrid } from './contact-grid';
import { fitForecaster, forecastChannel, ForecastInputError, parseDay } from './forecast';
import type { ContactHistory, DeadlineOccurrence, ForecastOptions } from './forecast.types';
import { dateOf, LocalClock, LocalDate, slotsPerDay } from './local-time';
import { openingDays } from './opening-days';

export interface BacktestRequest {
  /** Must reach at least to the end of the tested weeks. */
  history: ContactHistory;
  deadlines: readonly DeadlineOccurrence[];
  calendar: OpeningCalendar;
  /** First tested day: the forecast learns only from history before it. */
  from: LocalDate;
  weeks: number;
  options?: Partial<ForecastOptions>;
}

export interface ChannelBacktest {
  /** Σ|actual − forecast| / Σ actual over every half-hour of the tested weeks (null: no contacts). */
  wape: number | null;
  /** The same for the naive seasonal forecast: each half-hour as the same half-hour a week before. */
  naiveWape: number | null;
  /** Contacts handled in the tested weeks (the work of open half-hours, closed time carried to the next opening). */
  actual: number;
  forecast: number;
}

export interface BacktestResult {
  from: LocalDate;
  to: LocalDate;
  weeks: number;
  channels: Record<Channel, ChannelBacktest>;
}

/**
 * Forecasts `weeks` weeks from `from` with only the history before it, and scores it against what
 * came, beside the naive seasonal forecast. Both are compared as work per half-hour (contacts that
 * arrived while closed count at the next opening), which is what staffing needs. The naive
 * forecast sees each tested week's previous week, so it is a strict bar: it knows more recent
 * data than the forecast.
 */
export function backtest(request: BacktestRequest): BacktestResult {
  const { weeks } = request;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) throw new ForecastInputError('weeks: a whole number from 1 to 104');
  const first = parseDay(request.from, 'from');
  const last = first + 7 * weeks;
  const histFirst = parseDay(request.history.from, 'history.from');
  if (parseDay(request.history.to, 'history.to') < last)
    throw new ForecastInputError('history.to: the history must cover the tested weeks');
  if (first - histFirst < 21) throw new ForecastInputError('from: at least three weeks of history are needed before it');

  const clock = new LocalClock(request.calendar.zone);
  const trainingTo = clock.instantOf(first, 0);
  const training = {
    history: {
      from: request.history.from,
      to: request.from,
      counts: request.history.counts.filter((c) => c.intervalStart.getTime() < trainingTo),
    },
    deadlines: request.deadlines,
    calendar: request.calendar,
    options: request.options,
  };
  const fitted = fitForecaster(training, first - 7, last);

  // What came: a week before the tested weeks (the naive forecast's first week) and the weeks themselves, a week more ahead to carry from.
  const actualFirst = first - 14;
  const days = openingDays(actualFirst, last, request.calendar, clock);
  const grid = contactGrid(request.history.counts, actualFirst, last, clock);
  const offset = (first - actualFirst) * slotsPerDay;
  const week = 7 * slotsPerDay;

  const channels = Object.fromEntries(
    Channels.map((channel) => {
      const actual = carryToOpenings(grid[channel], days).work;
      const forecast = forecastChannel(fitted, channel, first, last);
      let sumActual = 0;
      let sumForecast = 0;
      let error = 0;
      let naiveError = 0;
      for (let k = 0; k < forecast.length; k++) {
        const a = actual[offset + k];
        sumActual += a;
        sumForecast += forecast[k].forecast;
        error += Math.abs(a - forecast[k].forecast);
        naiveError += Math.abs(a - actual[offset + k - week]);
      }
      const result: ChannelBacktest = {
        wape: sumActual > 0 ? error / sumActual : null,
        naiveWape: sumActual > 0 ? naiveError / sumActual : null,
        actual: sumActual,
        forecast: sumForecast,
      };
      return [channel, result];
    }),
  ) as Record<Channel, ChannelBacktest>;
  return { from: dateOf(first), to: dateOf(last), weeks, channels };
}
