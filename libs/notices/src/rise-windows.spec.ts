import { categoryRises, mayBeSuggestedAgain, riseWindows } from './rise-windows';

const iso = (w: { start: Date; end: Date }) => [w.start.toISOString(), w.end.toISOString()];

describe('riseWindows', () => {
  it('counts the last hour and the same weekday and hour in each of the eight weeks before', () => {
    // Wednesday 14 May 2025, 10:30 in Oslo (summer time, UTC+2).
    const w = riseWindows(new Date('2025-05-14T08:30:00Z'));
    expect(iso(w.window)).toEqual(['2025-05-14T07:30:00.000Z', '2025-05-14T08:30:00.000Z']);
    expect(w.history).toHaveLength(8);
    expect(iso(w.history[0])).toEqual(['2025-05-07T07:30:00.000Z', '2025-05-07T08:30:00.000Z']);
    expect(iso(w.history[7])).toEqual(['2025-03-19T08:30:00.000Z', '2025-03-19T09:30:00.000Z']);
  });

  it('keeps the clock time across the change to summer time (30 March 2025), not the distance in hours', () => {
    // Tuesday 8 April 2025, 09:00–10:00 in Oslo; a week before the change it was winter time (UTC+1).
    const w = riseWindows(new Date('2025-04-08T08:00:00Z'), { windowMinutes: 60, weeks: 2 });
    expect(iso(w.history[0])).toEqual(['2025-04-01T07:00:00.000Z', '2025-04-01T08:00:00.000Z']);
    expect(iso(w.history[1])).toEqual(['2025-03-25T08:00:00.000Z', '2025-03-25T09:00:00.000Z']);
    for (const h of w.history) expect(new Date(h.start).getUTCDay()).toBe(2);
  });

  it('takes other window lengths and numbers of weeks', () => {
    const w = riseWindows(new Date('2025-05-14T08:30:00Z'), { windowMinutes: 15, weeks: 3 });
    expect(iso(w.window)).toEqual(['2025-05-14T08:15:00.000Z', '2025-05-14T08:30:00.000Z']);
    expect(w.history.map((h) => h.end.toISOString())).toEqual([
      '2025-05-07T08:30:00.000Z',
      '2025-04-30T08:30:00.000Z',
      '2025-04-23T08:30:00.000Z',
    ]);
  });

  it('refuses windows that cannot be', () => {
    expect(() => riseWindows(new Date(), { windowMinutes: 0, weeks: 8 })).toThrow(RangeError);
    expect(() => riseWindows(new Date(), { windowMinutes: 60, weeks: 0 })).toThrow(RangeError);
    expect(() => riseWindows(new Date(), { windowMinutes: 60, weeks: 1.5 })).toThrow(RangeError);
  });
});

describe('mayBeSuggestedAgain', () => {
  const now = new Date('2025-05-14T10:00:00Z');
  it('suggests a category nobody decided on, or decided on longer ago than the quiet period', () => {
    expect(mayBeSuggestedAgain(null, now, 120)).toBe(true);
    expect(mayBeSuggestedAgain(new Date('2025-05-14T08:00:00Z'), now, 120)).toBe(true);
  });
  it('keeps quiet within the period after a decision', () => {
    expect(mayBeSuggestedAgain(new Date('2025-05-14T08:00:01Z'), now, 120)).toBe(false);
    expect(mayBeSuggestedAgain(new Date('2025-05-14T09:59:00Z'), now, 120)).toBe(false);
  });
});

describe('categoryRises', () => {
  it('names the categories far above their normal, the steepest first, and leaves the ordinary ones out', () => {
    const rises = categoryRises([
      { category: 'inbox', observed: 12, history: [10, 11, 9, 12, 10, 11, 10, 9] },
      { category: 'login', observed: 60, history: [5, 6, 4, 5, 6, 5, 4, 5] },
      { category: 'forms', observed: 30, history: [2, 3, 2, 1, 2, 3, 2, 2] },
      { category: 'roles-rights', observed: 4, history: [0, 0, 0, 0, 0, 0, 0, 0] },
    ]);
    expect(rises.map((r) => r.category)).toEqual(['forms', 'login']);
    expect(rises[1]).toMatchObject({ category: 'login', observed: 60, expected: 5, ratio: 12, rising: true });
  });

  it('obeys the thresholds given', () => {
    const counts = [{ category: 'login', observed: 8, history: [1, 1, 1, 1] }];
    expect(categoryRises(counts)).toEqual([]);
    expect(categoryRises(counts, { minimumContacts: 5, minimumRatio: 3, deviations: 4 })).toHaveLength(1);
  });
});
