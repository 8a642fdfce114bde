import { defaultCalendar } from '@inquiry-router/opening-hours';
import { demoRoster } from './demo-roster';

describe('demoRoster', () => {
  it('rosters every adviser in the opening hours of open days, early and late shifts in turn, some days off', () => {
    const advisers = ['a', 'b', 'c', 'd'].map((username) => ({ username, languages: ['nb'] }));
    // Monday 3 to Sunday 9 March 2025: five open weekdays, 08:00–15:30.
    const shifts = demoRoster(advisers, '2025-03-03', '2025-03-09', defaultCalendar());
    expect(new Set(shifts.map((s) => s.date))).toEqual(new Set(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']));
    expect(shifts.length).toBe(18);
    expect(new Set(shifts.map((s) => `${s.starts}–${s.ends}`))).toEqual(new Set(['08:00–15:00', '08:30–15:30']));
    expect(shifts.every((s) => s.channels.length === 3 && s.languages[0] === 'nb')).toBe(true);
  });
});
