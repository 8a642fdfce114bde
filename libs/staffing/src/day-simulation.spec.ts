import { simulateDay, DaySimulationInput } from './day-simulation';
import { Duration } from './distributions';
import { erlangPerformance, InvalidStaffingInput } from './erlang-c';

const exponential: Duration = { kind: 'exponential', mean: 240 };
/** Same mean (240 s) and a coefficient of variation of 1.5: nine short calls (2 min) to one long (22 min). */
const mostlyShortSomeLong: Duration = { kind: 'empirical', samples: [120, 120, 120, 120, 120, 120, 120, 120, 120, 1320] };

/** Erlang C's world: one queue, 360 calls per half hour (48 Erlangs), 55 advisers all along, 100 hours. */
function erlangWorld(extra: Partial<DaySimulationInput> = {}): DaySimulationInput {
  const intervals = 200;
  return {
    intervalMinutes: 30,
    forecast: Array.from({ length: intervals }, () => ({ phone: 360 })),
    advisers: Array<number>(intervals).fill(55),
    handleSeconds: { phone: exponential },
    targetSeconds: { phone: 20 },
    seed: 2024,
    ...extra,
  };
}

describe('simulating a day', () => {
  const erlang = erlangPerformance(55, 48, 240, 20); // service level 0.867, ASA 8.18 s
  const patient = simulateDay(erlangWorld());

  it('agrees with Erlang C where its assumptions hold: within ±0.03 of its service level over a long run', () => {
    const phone = patient.day.channels.phone;
    expect(phone.offered).toBeGreaterThan(70_000);
    expect(phone.abandoned).toBe(0);
    expect(phone.answered).toBe(phone.offered);
    expect(Math.abs(phone.serviceLevel! - erlang.serviceLevel)).toBeLessThan(0.03);
    expect(Math.abs(phone.asa! - erlang.asa)).toBeLessThan(2.5);
    expect(Math.abs(patient.day.occupancy - erlang.occupancy)).toBeLessThan(0.01);
  });

  it('shows callers kept waiting longer when handle times vary more than Erlang C assumes, and less when they vary less', () => {
    // The same callers at the same moments (one seed), only the handle times differ.
    const varied = simulateDay(erlangWorld({ handleSeconds: { phone: mostlyShortSomeLong } })).day.channels.phone;
    const steady = simulateDay(erlangWorld({ handleSeconds: { phone: { kind: 'constant', value: 240 } } })).day.channels.phone;
    const phone = patient.day.channels.phone;
    expect(varied.asa!).toBeGreaterThan(1.3 * phone.asa!);
    expect(varied.serviceLevel!).toBeLessThan(phone.serviceLevel!);
    expect(steady.asa!).toBeLessThan(0.8 * phone.asa!);
    expect(steady.serviceLevel!).toBeGreaterThan(phone.serviceLevel!);
  });

  it('shows callers hanging up, which Erlang C cannot: some at the planned staff, many when short of staff', () => {
    const patience: Duration = { kind: 'exponential', mean: 120 };
    const planned = simulateDay(erlangWorld({ patienceSeconds: patience })).day.channels.phone;
    expect(planned.abandoned / planned.offered).toBeGreaterThan(0.005);
    expect(planned.answered + planned.abandoned).toBe(planned.offered);
    // Those who stay wait less than Erlang C says: the impatient leave the queue shorter.
    expect(planned.asa!).toBeLessThan(erlang.asa);

    // 47 advisers for 48 Erlangs: Erlang C has no answer (the queue grows without end); the day still ends.
    expect(erlangPerformance(47, 48, 240, 20)).toMatchObject({ serviceLevel: 0, asa: Infinity });
    const short = simulateDay(erlangWorld({ patienceSeconds: patience, advisers: Array<number>(200).fill(47) })).day.channels.phone;
    expect(short.abandoned / short.offered).toBeGreaterThan(0.05);
    expect(short.serviceLevel!).toBeLessThan(planned.serviceLevel! - 0.1);
  });

  it('gives the same day for the same seed, and another for another seed', () => {
    const input: DaySimulationInput = {
      intervalMinutes: 30,
      forecast: [
        { phone: 40, email: 10, social: 4 },
        { phone: 60, email: 12 },
      ],
      advisers: [6, 8],
      handleSeconds: { phone: exponential, email: { kind: 'lognormal', mu: 6, sigma: 0.5 }, social: { kind: 'constant', value: 300 } },
      seed: 7,
    };
    expect(simulateDay(input)).toEqual(simulateDay(input));
    expect(simulateDay({ ...input, seed: 8 })).not.toEqual(simulateDay(input));
  });

  it('takes calls before written work, as the queue score does: emails wait while callers queue', () => {
    // Two advisers for 8 Erlangs of calls all morning: once the first half hour has built a queue of
    // callers, it never empties, so no email is taken.
    const out = simulateDay({
      intervalMinutes: 30,
      forecast: [{ phone: 60 }, ...Array.from({ length: 3 }, () => ({ phone: 60, email: 10 }))],
      advisers: [2, 2, 2, 2],
      handleSeconds: { phone: exponential, email: { kind: 'constant', value: 600 } },
      seed: 3,
    });
    expect(out.day.channels.phone.answered).toBeGreaterThan(0);
    expect(out.day.channels.email.answered).toBe(0);
    expect(out.day.channels.email.waitingAtClose).toBe(out.day.channels.email.offered);
    // Waiting with time left on their two working days: no outcome yet, so no service level.
    expect(out.day.channels.email.serviceLevel).toBeNull();
  });

  it('lets an adviser hold several written inquiries up to the channel capacity', () => {
    const input: DaySimulationInput = {
      intervalMinutes: 30,
      forecast: Array.from({ length: 8 }, () => ({ email: 4 })),
      advisers: Array<number>(8).fill(1),
      handleSeconds: { email: { kind: 'constant', value: 1200 } },
      seed: 11,
    };
    const three = simulateDay(input).day.channels.email;
    const one = simulateDay({
      ...input,
      policy: { channelWeightMinutes: { phone: 1440, social: 60, email: 0 }, capacity: { phone: 1, email: 1, social: 1 } },
    }).day.channels.email;
    // Holding three, the adviser takes each email sooner (they share the adviser's time); one at a time, they queue.
    expect(three.answered).toBeGreaterThanOrEqual(one.answered);
    expect(three.asa!).toBeLessThan(one.asa!);
  });

  it('counts, per interval, what was offered there and how it went', () => {
    const out = simulateDay({
      intervalMinutes: 30,
      forecast: [{ phone: 100 }, { phone: 100 }, { phone: 0 }],
      advisers: [20, 20, 20],
      handleSeconds: { phone: exponential },
      seed: 5,
    });
    expect(out.intervals.map((i) => i.startMinute)).toEqual([0, 30, 60]);
    expect(out.intervals[2].channels.phone.offered).toBe(0);
    expect(out.intervals[2].channels.phone.serviceLevel).toBeNull();
    expect(out.intervals[0].channels.phone.offered + out.intervals[1].channels.phone.offered).toBe(out.day.channels.phone.offered);
    for (const interval of out.intervals) {
      expect(interval.occupancy).toBeGreaterThanOrEqual(0);
      expect(interval.occupancy).toBeLessThanOrEqual(1);
    }
  });

  it('refuses a plan that does not fit the forecast, naming what is wrong', () => {
    const input: DaySimulationInput = {
      intervalMinutes: 30,
      forecast: [{ phone: 10 }],
      advisers: [2],
      handleSeconds: { phone: exponential },
      seed: 1,
    };
    expect(() => simulateDay({ ...input, advisers: [2, 3] })).toThrow(/one number per forecast interval \(1\)/);
    expect(() => simulateDay({ ...input, advisers: [1.5] })).toThrow(/advisers\[0\] must be a whole number/);
    expect(() => simulateDay({ ...input, handleSeconds: {} })).toThrow(/handleSeconds.phone is needed/);
    expect(() => simulateDay({ ...input, forecast: [{ fax: 3 } as never] })).toThrow(/not a channel/);
    expect(() => simulateDay({ ...input, patienceSeconds: { kind: 'exponential', mean: 0 } })).toThrow(InvalidStaffingInput);
  });
});
