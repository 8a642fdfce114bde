import type { Channel } from '@inquiry-router/contracts';
import { erlangStaffing, lognormalWithMean, simulateDay, writtenWorkload, DaySimulationInput } from '@inquiry-router/staffing';

export interface StaffingBenchFigures {
  /** Contacts offered on the simulated day, all channels. */
  contacts: number;
  /** Wall-clock time of one simulated day, ms: the slowest and the median of the runs. */
  maxMs: number;
  medianMs: number;
  runs: number;
  /** How the planned day went: calls answered within 60 s, callers who hung up. */
  phoneServiceLevel: number | null;
  phoneAbandonedShare: number;
  occupancy: number;
}

/**
 * A filing-deadline day: open 08:00–20:00 (24 half hours, extended hours ordered), about three
 * times a normal day's contacts (1,800 calls, 450 emails, 150 social messages), a morning peak and
 * an afternoon one. Advisers per half hour from Erlang C for the calls (80 % within 60 s) plus the
 * fluid plan for the written work, then the day simulated contact by contact with recorded-looking
 * handle times (lognormal) and impatient callers. The budget is 5 s per simulated day.
 */
export function deadlineDay(seed: number): DaySimulationInput {
  // The day's shape: share of the day's contacts in each half hour from 08:00.
  const shape = [5, 7, 8, 8, 7, 6, 5, 5, 6, 6, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1];
  const total = shape.reduce((s, x) => s + x, 0);
  const daily: Record<Channel, number> = { phone: 1800, email: 450, social: 150 };
  const forecast = shape.map((w) => ({
    phone: (daily.phone * w) / total,
    email: (daily.email * w) / total,
    social: (daily.social * w) / total,
  }));
  const aht: Record<Channel, number> = { phone: 360, email: 600, social: 300 };
  const intervals = (channel: Channel) => forecast.map((f) => ({ arrivals: f[channel], minutes: 30 }));
  const email = writtenWorkload({ intervals: intervals('email'), handleSeconds: aht.email, withinSeconds: 2 * 7.5 * 3600 });
  const social = writtenWorkload({ intervals: intervals('social'), handleSeconds: aht.social, withinSeconds: 4 * 3600 });
  const advisers = forecast.map(
    (f, i) =>
      erlangStaffing({ calls: f.phone, intervalMinutes: 30, ahtSeconds: aht.phone, target: 0.8, withinSeconds: 60 }).agents +
      Math.ceil(email.intervals[i].advisers + social.intervals[i].advisers),
  );
  return {
    intervalMinutes: 30,
    forecast,
    advisers,
    handleSeconds: {
      phone: lognormalWithMean(aht.phone, 1),
      email: lognormalWithMean(aht.email, 0.8),
      social: lognormalWithMean(aht.social, 0.8),
    },
    patienceSeconds: { kind: 'exponential', mean: 180 },
    seed,
  };
}

export function benchStaffing(runs = 10): StaffingBenchFigures {
  const times: number[] = [];
  let last: ReturnType<typeof simulateDay> | undefined;
  for (let seed = 1; seed <= runs; seed++) {
    const input = deadlineDay(seed);
    const started = performance.now();
    last = simulateDay(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const { phone, email, social } = last!.day.channels;
  return {
    contacts: phone.offered + email.offered + social.offered,
    maxMs: Math.round(times[times.length - 1]),
    medianMs: Math.round(times[Math.floor(times.length / 2)]),
    runs,
    phoneServiceLevel: phone.serviceLevel === null ? null : Number(phone.serviceLevel.toFixed(3)),
    phoneAbandonedShare: Number((phone.abandoned / Math.max(1, phone.offered)).toFixed(3)),
    occupancy: Number(last!.day.occupancy.toFixed(3)),
  };
}

// `node dist/tools/bench/staffing-bench.js`: this figure alone, without the pipeline.
if (require.main === module) {
  const figures = benchStaffing();
  process.stdout.write(
    `deadline day simulated in ${figures.medianMs} ms (slowest of ${figures.runs}: ${figures.maxMs} ms; budget 5000 ms)\n`,
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  if (figures.maxMs > 5000) process.exitCode = 1;
}
