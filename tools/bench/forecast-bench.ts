import { forecastContacts, monthlyDeadline, syntheticContactHistory } from '@inquiry-router/forecasting';
import { defaultCalendar } from '@inquiry-router/opening-hours';

export interface ForecastFigures {
  historyRows: number;
  intervals: number;
  /** Median of the runs, ms. */
  forecastMs: number;
}

/**
 * Forecasting 8 weeks of every channel from two years of synthetic history at the real volume
 * (146,000 calls, 45,000 mails and 15,000 social messages a year; two monthly and one yearly
 * deadline), in this process. The target is under 2 s.
 */
export function benchForecast(runs = 3): ForecastFigures {
  const calendar = defaultCalendar();
  const from = '2024-11-25';
  const to = '2026-11-23';
  const deadlines = [
    ...monthlyDeadline({ deadlineId: 'a-melding', name: 'A-melding', agency: 'skd' }, '2024-11-01', '2027-02-01', 5),
    ...monthlyDeadline(
      { deadlineId: 'mva', name: 'MVA-melding', agency: 'skd', channels: ['phone', 'email'] },
      '2024-11-01',
      '2027-02-01',
      10,
    ),
    ...['2025-04-30', '2026-04-30'].map((date) => ({ deadlineId: 'skattemelding', name: 'Skattemelding', agency: 'skd', date })),
  ];
  const counts = syntheticContactHistory({
    from,
    to,
    calendar,
    perYear: { phone: 146_000, email: 45_000, social: 15_000 },
    deadlines,
    deadlineEffect: { [-3]: 1.2, [-2]: 1.4, [-1]: 1.7, 0: 2.3, 1: 1.2 },
    yearlyAmplitude: 0.2,
  });
  const times: number[] = [];
  let intervals = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const forecast = forecastContacts({ history: { from, to, counts }, deadlines, calendar, horizon: { from: to, weeks: 8 } });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    intervals = forecast.intervals.length;
  }
  times.sort((a, b) => a - b);
  return { historyRows: counts.length, intervals, forecastMs: Math.round(times[times.length >> 1]) };
}
