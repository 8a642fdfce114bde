import { defaultCalendar, OpeningCalendar } from './calendar';
import { InvalidCalendarError, isOpen, nextOpening, openingSpans } from './opening-hours';
import { parseExceptions } from './parse-exceptions';

// Instants are given in UTC; comments give Oslo wall-clock time (CET = UTC+1, CEST = UTC+2).
const at = (iso: string) => new Date(iso);

describe('opening hours (default calendar)', () => {
  const calendar = defaultCalendar();

  it('opens at 08:00 and closes at 15:30 on an ordinary weekday', () => {
    // Tuesday 14 January 2025, CET.
    expect(isOpen(at('2025-01-14T06:59:00Z'), calendar)).toBe(false); // 07:59
    expect(isOpen(at('2025-01-14T07:00:00Z'), calendar)).toBe(true); // 08:00
    expect(isOpen(at('2025-01-14T14:29:59Z'), calendar)).toBe(true); // 15:29:59
    expect(isOpen(at('2025-01-14T14:30:00Z'), calendar)).toBe(false); // 15:30
  });

  it('is closed on Saturdays and Sundays', () => {
    expect(isOpen(at('2025-01-18T10:00:00Z'), calendar)).toBe(false); // Saturday 11:00
    expect(isOpen(at('2025-01-19T10:00:00Z'), calendar)).toBe(false); // Sunday 11:00
  });

  it('is closed on public holidays that fall on weekdays: 17 May, Christmas Day, Maundy Thursday', () => {
    expect(isOpen(at('2027-05-17T08:00:00Z'), calendar)).toBe(false); // Monday 17 May 2027, 10:00
    expect(isOpen(at('2025-12-25T09:00:00Z'), calendar)).toBe(false); // Thursday 25 December 2025, 10:00
    expect(isOpen(at('2025-04-17T08:00:00Z'), calendar)).toBe(false); // Skjærtorsdag 2025
    // The days around are ordinary working days; Christmas Eve is a bank holiday, not a public one.
    expect(isOpen(at('2027-05-18T08:00:00Z'), calendar)).toBe(true);
    expect(isOpen(at('2025-12-24T09:00:00Z'), calendar)).toBe(true);
  });

  it('follows the DST changes: 08:00 local is 07:00 UTC before and 06:00 UTC after the spring change', () => {
    // Friday 28 March 2025 (CET) and Monday 31 March 2025 (CEST), around Sunday 30 March.
    expect(isOpen(at('2025-03-28T06:30:00Z'), calendar)).toBe(false); // 07:30 CET
    expect(isOpen(at('2025-03-28T07:00:00Z'), calendar)).toBe(true); // 08:00 CET
    expect(isOpen(at('2025-03-31T06:00:00Z'), calendar)).toBe(true); // 08:00 CEST
    expect(isOpen(at('2025-03-31T13:30:00Z'), calendar)).toBe(false); // 15:30 CEST
    // Autumn: Monday 27 October 2025 is back on CET.
    expect(isOpen(at('2025-10-27T06:30:00Z'), calendar)).toBe(false); // 07:30 CET
    expect(isOpen(at('2025-10-27T07:00:00Z'), calendar)).toBe(true); // 08:00 CET
  });

  it('gives the next opening: the next working morning after a weekend, or now when open', () => {
    expect(nextOpening(at('2025-01-17T15:00:00Z'), calendar)).toEqual(at('2025-01-20T07:00:00Z')); // Friday 16:00 → Monday 08:00
    const open = at('2025-01-14T09:00:00Z');
    expect(nextOpening(open, calendar)).toBe(open);
    // Maundy Thursday to Easter Monday 2025 are closed: after Wednesday's close it opens Tuesday 22 April (CEST).
    expect(nextOpening(at('2025-04-16T14:00:00Z'), calendar)).toEqual(at('2025-04-22T06:00:00Z'));
  });
});

describe('opening exceptions', () => {
  it('opens on a Saturday with ordered extended hours, and only during them', () => {
    const calendar = defaultCalendar([{ kind: 'extended', date: '2025-04-26', opens: '10:00', closes: '14:00', reason: 'skattemelding' }]);
    expect(isOpen(at('2025-04-26T08:00:00Z'), calendar)).toBe(true); // Saturday 10:00 CEST
    expect(isOpen(at('2025-04-26T12:00:00Z'), calendar)).toBe(false); // 14:00
    expect(isOpen(at('2025-04-26T07:59:00Z'), calendar)).toBe(false); // 09:59
    expect(nextOpening(at('2025-04-25T14:00:00Z'), calendar)).toEqual(at('2025-04-26T08:00:00Z'));
  });

  it('lets extended hours override a public holiday and lengthen a normal day', () => {
    const calendar = defaultCalendar([
      { kind: 'extended', date: '2025-05-17', opens: '09:00', closes: '12:00' },
      { kind: 'extended', date: '2025-01-14', opens: '15:00', closes: '20:00' },
    ]);
    expect(isOpen(at('2025-05-17T08:00:00Z'), calendar)).toBe(true); // 17 May 10:00
    expect(openingSpans('2025-01-14', calendar)).toEqual([{ start: at('2025-01-14T07:00:00Z'), end: at('2025-01-14T19:00:00Z') }]);
  });

  it('lets closures override everything, extended hours included', () => {
    const calendar = defaultCalendar([
      { kind: 'extended', date: '2025-01-14', opens: '15:00', closes: '20:00' },
      { kind: 'closed', date: '2025-01-14', opens: '12:00', closes: '13:00', reason: 'allmøte' },
      { kind: 'closed', date: '2025-01-15' },
    ]);
    expect(openingSpans('2025-01-14', calendar)).toEqual([
      { start: at('2025-01-14T07:00:00Z'), end: at('2025-01-14T11:00:00Z') },
      { start: at('2025-01-14T12:00:00Z'), end: at('2025-01-14T19:00:00Z') },
    ]);
    expect(isOpen(at('2025-01-15T09:00:00Z'), calendar)).toBe(false);
    expect(nextOpening(at('2025-01-14T11:30:00Z'), calendar)).toEqual(at('2025-01-14T12:00:00Z'));
  });

  it('handles extended hours across the DST changes: the spring day is an hour shorter, the autumn day an hour longer', () => {
    const calendar: OpeningCalendar = defaultCalendar([
      { kind: 'extended', date: '2025-03-30', opens: '00:00', closes: '24:00' },
      { kind: 'extended', date: '2025-10-26', opens: '00:00', closes: '24:00' },
      // 02:30 does not exist on 30 March: the span starts when the clocks jump to 03:00.
      { kind: 'extended', date: '2025-03-30', opens: '02:30', closes: '04:00' },
    ]);
    const hours = (date: string) =>
      openingSpans(date, calendar).reduce((sum, s) => sum + (s.end.getTime() - s.start.getTime()) / 3_600_000, 0);
    expect(hours('2025-03-30')).toBe(23);
    expect(hours('2025-10-26')).toBe(25);
    expect(isOpen(at('2025-03-30T01:30:00Z'), calendar)).toBe(true); // 03:30 CEST, just after the jump
  });

  it('parses exceptions from JSON and names what is wrong', () => {
    expect(parseExceptions([{ kind: 'extended', date: '2025-04-26', opens: '10:00', closes: '14:00' }])).toEqual([
      { kind: 'extended', date: '2025-04-26', opens: '10:00', closes: '14:00', reason: undefined },
    ]);
    expect(() => parseExceptions({})).toThrow(InvalidCalendarError);
    expect(() => parseExceptions([{ kind: 'extended', date: '2025-04-26', opens: '10:00' }])).toThrow(
      /exception 0: extended hours need opens and closes/,
    );
    expect(() => parseExceptions([{ kind: 'closed', date: '2025-02-30' }])).toThrow(/date must be YYYY-MM-DD/);
    expect(() => parseExceptions([{ kind: 'open', date: '2025-02-03' }])).toThrow(/kind must be/);
    expect(() => parseExceptions([{ kind: 'closed', date: '2025-02-03', opens: '8:00' }])).toThrow(/opens must be HH:mm/);
  });

  it('takes 24:00 as the end of a day but refuses 24:30, in exceptions and in the calendar', () => {
    expect(() => parseExceptions([{ kind: 'extended', date: '2025-04-26', opens: '20:00', closes: '24:30' }])).toThrow(
      /closes must be HH:mm/,
    );
    const open = (closes: string) => defaultCalendar([{ kind: 'extended', date: '2025-04-26', opens: '20:00', closes }]);
    expect(openingSpans('2025-04-26', open('24:00'))).toEqual([{ start: at('2025-04-26T18:00:00Z'), end: at('2025-04-26T22:00:00Z') }]);
    expect(() => openingSpans('2025-04-26', open('24:30'))).toThrow(InvalidCalendarError);
  });
});
