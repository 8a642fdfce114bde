import { isoWeekOf, isoWeeksBetween, lastFullWeek, weekCounts } from './iso-weeks';

describe('ISO weeks in Oslo time', () => {
  it('counts a Sunday evening in UTC that is Monday in Oslo in the new week', () => {
    expect(isoWeekOf(new Date('2026-11-29T22:30:00Z'))).toBe('2026-W48');
    expect(isoWeekOf(new Date('2026-11-29T23:30:00Z'))).toBe('2026-W49');
  });

  it('names the week-year at the turn of the year', () => {
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
  });

  it('lists the weeks a period touches, and counts per week', () => {
    const weeks = isoWeeksBetween(new Date('2026-11-23T00:00:00+01:00'), new Date('2026-12-07T00:00:00+01:00'));
    expect(weeks).toEqual(['2026-W48', '2026-W49']);
    expect(
      weekCounts(weeks, [new Date('2026-11-24T10:00:00Z'), new Date('2026-12-01T10:00:00Z'), new Date('2026-12-02T10:00:00Z')]),
    ).toEqual([
      { week: '2026-W48', count: 1 },
      { week: '2026-W49', count: 2 },
    ]);
  });

  it("places instants by the weeks' Oslo bounds, as isoWeekOf would, across both changes of summer time", () => {
    const weeks = isoWeeksBetween(new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    const instants: Date[] = [];
    // Every 37 minutes of the year (so the minutes around midnight and the hour changes are met), and the edges of a Monday.
    for (let t = Date.parse('2025-12-25T00:00:00Z'); t < Date.parse('2027-01-08T00:00:00Z'); t += 37 * 60_000) instants.push(new Date(t));
    instants.push(new Date('2026-03-29T21:59:59.999Z'), new Date('2026-03-29T22:00:00Z'), new Date('2026-10-25T22:59:59.999Z'));
    const expected = new Map(weeks.map((w) => [w, 0]));
    for (const at of instants) {
      const week = isoWeekOf(at);
      if (expected.has(week)) expected.set(week, expected.get(week)! + 1);
    }
    expect(weekCounts(weeks, instants)).toEqual(weeks.map((week) => ({ week, count: expected.get(week) })));
  });

  it('counts no instant outside the weeks given, whatever their order', () => {
    const counts = weekCounts(
      ['2026-W49', '2026-W48'],
      [
        new Date('2026-11-22T22:59:59Z'),
        new Date('2026-11-22T23:00:00Z'),
        new Date('2026-12-06T22:59:59Z'),
        new Date('2026-12-06T23:00:00Z'),
      ],
    );
    expect(counts).toEqual([
      { week: '2026-W49', count: 1 },
      { week: '2026-W48', count: 1 },
    ]);
  });

  it('takes the last full week as Monday to Monday before now', () => {
    expect(lastFullWeek(new Date('2026-12-09T12:00:00Z'))).toEqual({
      from: new Date('2026-11-29T23:00:00Z'),
      to: new Date('2026-12-06T23:00:00Z'),
    });
  });
});
