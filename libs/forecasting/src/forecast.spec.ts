import { defaultCalendar } from '@inquiry-router/opening-hours';
import { backtest } from './backtest';
import { forecastContacts, ForecastInputError } from './forecast';
import type { IntervalForecast } from './forecast.types';
import { monthlyDeadline, syntheticContactHistory } from './synthetic-contacts';

const calendar = defaultCalendar();
const perYear = { phone: 146_000, email: 45_000, social: 15_000 };
const aMelding = { deadlineId: 'a-melding', name: 'A-melding', agency: 'skd' };
// Working days from the deadline → factor: the bump the forecast must learn.
const bump = { [-2]: 1.3, [-1]: 1.6, 0: 2.2, 1: 1.2 };
const deadlines = monthlyDeadline(aMelding, '2025-01-01', '2026-08-01', 5);
const history = syntheticContactHistory({
  from: '2025-01-06',
  to: '2026-07-06',
  calendar,
  perYear,
  deadlines,
  deadlineEffect: bump,
  seed: 7,
});
const before = (date: string) => history.filter((c) => c.intervalStart < new Date(`${date}T00:00:00+02:00`));

describe('forecastContacts', () => {
  const forecast = forecastContacts({
    history: { from: '2025-01-06', to: '2026-05-04', counts: before('2026-05-04') },
    deadlines,
    calendar,
    horizon: { from: '2026-05-04', weeks: 4 },
  });
  const at = (channel: string, date: string, time: string): IntervalForecast =>
    forecast.intervals.find((i) => i.channel === channel && i.date === date && i.time === time)!;
  const dayTotal = (channel: string, date: string) =>
    forecast.intervals.filter((i) => i.channel === channel && i.date === date).reduce((a, i) => a + i.forecast, 0);

  it('covers every channel and half-hour of the horizon', () => {
    expect(forecast.horizon).toEqual({ from: '2026-05-04', to: '2026-06-01' });
    expect(forecast.intervals).toHaveLength(3 * 28 * 48);
    expect(at('phone', '2026-05-04', '08:00').start).toBe('2026-05-04T06:00:00.000Z');
  });

  it('recovers the weekly and daily shape', () => {
    const phone = forecast.models.find((m) => m.channel === 'phone')!;
    expect(phone.weekly[1] / phone.weekly[5]).toBeCloseTo(1.3 / 0.8, 1);
    expect(phone.weekly[6]).toBe(0);
    // 09:00 is 1.8 times as busy as 14:00 on the phone.
    const wednesday = '2026-05-20';
    expect(at('phone', wednesday, '09:00').forecast / at('phone', wednesday, '14:00').forecast).toBeCloseTo(1.8, 1);
    // An ordinary Wednesday as the last weeks' ordinary Wednesdays, within 10 %.
    const recent = ['2026-04-15', '2026-04-22', '2026-04-29'].map((d) =>
      history.filter((c) => c.channel === 'phone' && c.intervalStart.toISOString().startsWith(d)).reduce((a, c) => a + c.count, 0),
    );
    const mean = recent.reduce((a, b) => a + b, 0) / recent.length;
    expect(Math.abs(dayTotal('phone', wednesday) / mean - 1)).toBeLessThan(0.1);
  });

  it('learns the deadline bump from past occurrences and names the deadline', () => {
    // 5 May 2026 is a Tuesday: the deadline's own day.
    const peak = at('phone', '2026-05-05', '10:00');
    expect(peak.deadline.causes).toEqual([
      expect.objectContaining({ deadlineId: 'a-melding', name: 'A-melding', agency: 'skd', offset: 0 }),
    ]);
    expect(peak.deadline.factor).toBeGreaterThan(2.2 * 0.9);
    expect(peak.deadline.factor).toBeLessThan(2.2 * 1.1);
    expect(at('phone', '2026-05-04', '10:00').deadline.causes[0]).toMatchObject({ offset: -1 });
    expect(at('phone', '2026-05-04', '10:00').deadline.factor).toBeCloseTo(1.6, 1);
    // Days outside its window carry no deadline effect.
    expect(at('phone', '2026-05-20', '10:00').deadline).toEqual({ factor: 1, causes: [] });
    expect(dayTotal('phone', '2026-05-05') / dayTotal('phone', '2026-05-19')).toBeGreaterThan(1.9);
  });

  it('forecasts nothing on a public holiday, and carries what arrives on it to the next opening', () => {
    const ascension = forecast.intervals.filter((i) => i.date === '2026-05-14');
    expect(ascension.every((i) => i.forecast === 0 && i.closed?.reason === 'Kristi himmelfartsdag')).toBe(true);
    expect(at('phone', '2026-05-14', '10:00').arrivals).toBe(0);
    const nextMorning = at('email', '2026-05-15', '08:00');
    expect(at('email', '2026-05-14', '10:00').arrivals).toBeGreaterThan(0);
    expect(nextMorning.carriedOver).toBeGreaterThan(at('email', '2026-05-14', '10:00').arrivals);
    expect(nextMorning.forecast).toBeCloseTo(nextMorning.arrivals + nextMorning.carriedOver, 9);
    expect(at('phone', '2026-05-15', '17:00')).toMatchObject({ forecast: 0, closed: { reason: 'outside opening hours' } });
  });

  it('explains each figure as the product of its parts', () => {
    const i = at('email', '2026-05-05', '13:00');
    expect(i.arrivals).toBeCloseTo(i.base * i.seasonal.weekly * i.seasonal.daily * i.seasonal.yearly * i.deadline.factor, 9);
  });

  it('refuses bad input with the field that is wrong', () => {
    const request = {
      history: { from: '2025-01-06', to: '2026-05-04', counts: [] },
      deadlines: [],
      calendar,
      horizon: { from: '2026-05-04', weeks: 4 },
    };
    expect(() => forecastContacts({ ...request, horizon: { from: '4 May', weeks: 4 } })).toThrow(ForecastInputError);
    expect(() => forecastContacts({ ...request, horizon: { from: '2026-05-04', weeks: 0 } })).toThrow(/horizon.weeks/);
    expect(() => forecastContacts({ ...request, history: { from: '2026-05-01', to: '2026-05-04', counts: [] } })).toThrow(/two weeks/);
  });
});

describe('overlapping deadlines', () => {
  it('separates two deadlines whose windows overlap, and multiplies them where both apply', () => {
    // The VAT return two days after the a-melding, every other month: its window covers the a-melding's peak.
    const mva = { deadlineId: 'mva', name: 'MVA-melding', agency: 'skd' };
    const both = [...deadlines, ...monthlyDeadline(mva, '2025-01-01', '2026-08-01', 7).filter((d) => Number(d.date.slice(5, 7)) % 2 === 0)];
    const counts = syntheticContactHistory({
      from: '2025-01-06',
      to: '2026-05-04',
      calendar,
      perYear,
      deadlines: both,
      deadlineEffect: bump,
      seed: 11,
    });
    const forecast = forecastContacts({
      history: { from: '2025-01-06', to: '2026-05-04', counts },
      deadlines: both,
      calendar,
      horizon: { from: '2026-05-04', weeks: 6 },
    });
    const phone = forecast.models.find((m) => m.channel === 'phone')!;
    const learned = (id: string, offset: number) => phone.deadlineEffects.find((e) => e.deadlineId === id && e.offset === offset)!.factor;
    for (const id of ['a-melding', 'mva']) {
      expect(learned(id, 0)).toBeGreaterThan(2.2 * 0.9);
      expect(learned(id, 0)).toBeLessThan(2.2 * 1.1);
      expect(learned(id, -3)).toBeCloseTo(1, 1);
    }
    // Friday 5 June 2026 is the a-melding's day, and the VAT return's too: due on Sunday the 7th, it counts from the last working day before.
    const day = forecast.intervals.find((i) => i.channel === 'phone' && i.date === '2026-06-05' && i.time === '10:00')!;
    expect(day.deadline.causes.map((c) => [c.deadlineId, c.offset])).toEqual([
      ['a-melding', 0],
      ['mva', 0],
    ]);
    expect(day.deadline.factor).toBeCloseTo(day.deadline.causes[0].factor * day.deadline.causes[1].factor, 9);
  });
});

describe('backtest', () => {
  it('beats the naive seasonal forecast on a history with deadline peaks', () => {
    const result = backtest({
      history: { from: '2025-01-06', to: '2026-07-06', counts: history },
      deadlines,
      calendar,
      from: '2026-05-04',
      weeks: 8,
    });
    expect(result).toMatchObject({ from: '2026-05-04', to: '2026-06-29', weeks: 8 });
    for (const channel of ['phone', 'email', 'social'] as const) {
      const { wape, naiveWape } = result.channels[channel];
      expect(wape).not.toBeNull();
      expect(wape!).toBeLessThan(naiveWape!);
    }
  });
});
