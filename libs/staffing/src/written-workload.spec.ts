import fc from 'fast-check';
import { defaultCalendar } from '@inquiry-router/opening-hours';
import { openingIntervals, writtenWorkload } from './written-workload';

const halfHours = (arrivals: number[]) => arrivals.map((n) => ({ arrivals: n, minutes: 30 }));

describe('written workload (fluid backlog model)', () => {
  it('spreads a morning batch over the hours its target allows, at one steady rate', () => {
    // 100 emails in the first half hour, 10 minutes each, answered within 4 opening hours: the last
    // of them is due 4.5 hours after opening, so 1000 minutes of work over 4.5 hours: 3.7 advisers.
    const plan = writtenWorkload({
      intervals: halfHours([100, ...Array<number>(11).fill(0)]),
      handleSeconds: 600,
      withinSeconds: 4 * 3600,
    });
    const busy = plan.intervals.slice(0, 9).map((i) => i.advisers);
    for (const advisers of busy) expect(advisers).toBeCloseTo(60_000 / 16_200, 6);
    for (const i of plan.intervals.slice(9)) expect(i.advisers).toBeCloseTo(0, 9);
    expect(plan.adviserHours).toBeCloseTo((100 * 600) / 3600, 6);
    expect(plan.carriedOver).toBeCloseTo(0, 6);
    expect(plan.intervals[0].advisersWithShrinkage).toBe(4);
  });

  it('needs the arrival rate in steady state and carries what is not yet due at the end', () => {
    // 20 social messages per half hour, 6 minutes each (4 advisers' worth), due within 2 opening hours.
    const plan = writtenWorkload({
      intervals: halfHours(Array<number>(15).fill(20)),
      handleSeconds: 360,
      withinSeconds: 7200,
      shrinkage: 0.25,
    });
    const worked = plan.intervals.reduce((s, i) => s + i.worked, 0);
    expect(worked + plan.carriedOver).toBeCloseTo(300, 6);
    // Nothing is left that was due: what is carried was received within the last 2 hours.
    expect(plan.carriedOver).toBeLessThanOrEqual(4 * 20 + 1e-6);
    for (const i of plan.intervals) expect(i.advisers).toBeLessThanOrEqual(4 + 1e-9);
    expect(plan.intervals[14].advisersWithShrinkage).toBe(Math.ceil(plan.intervals[14].advisers / 0.75 - 1e-9));
  });

  it('never falls behind what is due, and never works what has not arrived (any arrivals, any target)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 20 * 1800 }),
        fc.integer({ min: 30, max: 3600 }),
        (arrivals, withinSeconds, handleSeconds) => {
          const plan = writtenWorkload({ intervals: halfHours(arrivals), handleSeconds, withinSeconds });
          let received = 0;
          let worked = 0;
          plan.intervals.forEach((interval) => {
            received += interval.arrivals;
            worked += interval.worked;
            expect(worked).toBeGreaterThanOrEqual(interval.dueByEnd - 1e-6);
            expect(worked).toBeLessThanOrEqual(received + 1e-6);
            expect(interval.backlog).toBeCloseTo(received - worked, 6);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts opening time only: the calendar’s intervals, with extended hours and without holidays', () => {
    const calendar = defaultCalendar([{ kind: 'extended', date: '2026-04-30', opens: '15:30', closes: '20:00', reason: 'skattemelding' }]);
    // Wednesday 29 April: 08:00–15:30 (15 half hours); Thursday 30 April, extended: 08:00–20:00 (24);
    // Friday 1 May, a public holiday: none.
    const intervals = openingIntervals('2026-04-29', 3, calendar, 30);
    expect(intervals).toHaveLength(15 + 24);
    expect(intervals[0].start.toISOString()).toBe('2026-04-29T06:00:00.000Z');
    expect(intervals[15].start.toISOString()).toBe('2026-04-30T06:00:00.000Z');
    expect(intervals.at(-1)!.start.toISOString()).toBe('2026-04-30T17:30:00.000Z');
    // Emails received 15:00–15:30 on Wednesday with a 4-opening-hour target are due 11:30–12:00 on
    // Thursday (half an hour on Wednesday, 3.5 hours on Thursday), not overnight.
    const arrivals = intervals.map((i, k) => ({ ...i, arrivals: k === 14 ? 10 : 0 }));
    const plan = writtenWorkload({ intervals: arrivals, handleSeconds: 600, withinSeconds: 4 * 3600 });
    expect(plan.intervals[15 + 6].dueByEnd).toBe(0); // Thursday 11:00–11:30
    expect(plan.intervals[15 + 7].dueByEnd).toBeCloseTo(10, 6); // Thursday 11:30–12:00
  });

  it('refuses input it cannot plan, naming the field', () => {
    expect(() => writtenWorkload({ intervals: halfHours([-1]), handleSeconds: 600, withinSeconds: 60 })).toThrow(/intervals\[0\].arrivals/);
    expect(() => writtenWorkload({ intervals: halfHours([1]), handleSeconds: 0, withinSeconds: 60 })).toThrow(/handleSeconds/);
    expect(() => writtenWorkload({ intervals: halfHours([1]), handleSeconds: 60, withinSeconds: 60, shrinkage: 1 })).toThrow(/shrinkage/);
    expect(() => openingIntervals('30.04.2026', 1, defaultCalendar(), 30)).toThrow(/YYYY-MM-DD/);
  });
});
