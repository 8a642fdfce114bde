import type { DateRule, FilingDeadline } from './date-rule';
import { NorwegianFilingDeadlines } from './norwegian-filing-deadlines';
import { applyMove, isWorkingDay, notWorkingBecause, occurrencesBetween, previousWorkingDay } from './occurrences';

const deadline = (name: string, rule: DateRule, extra: Partial<FilingDeadline> = {}): FilingDeadline => ({
  id: name,
  agency: 'skd',
  name,
  rule,
  channels: ['phone'],
  active: true,
  notes: null,
  ...extra,
});
const aMelding = deadline('a-melding', { kind: 'monthly', day: 5, moveTo: 'next-working-day' });
const dates = (list: { date: string }[]) => list.map((o) => o.date);

describe('working days', () => {
  it('are weekdays that are no Norwegian public holiday', () => {
    expect(isWorkingDay('2025-01-06')).toBe(true); // Monday
    expect(notWorkingBecause('2025-01-04')).toBe('Saturday');
    expect(notWorkingBecause('2025-01-05')).toBe('Sunday');
    expect(notWorkingBecause('2025-05-01')).not.toBeNull(); // Labour Day, a Thursday
    expect(notWorkingBecause('2025-05-29')).not.toBeNull(); // Ascension Day, a Thursday
    expect(isWorkingDay('2025-12-24')).toBe(true); // Christmas Eve is a bank holiday, not a public one
  });

  it('has an eve: the working day before, over weekends and holidays', () => {
    expect(previousWorkingDay('2025-01-06')).toBe('2025-01-03'); // Monday → Friday
    expect(previousWorkingDay('2026-04-07')).toBe('2026-04-01'); // after Easter → the Wednesday before Maundy Thursday
  });
});

describe('moving to the next working day', () => {
  it('moves the a-melding of 5 January 2025, a Sunday, to Monday 6 January', () => {
    const [occurrence] = occurrencesBetween([aMelding], '2025-01-01', '2025-01-31');
    expect(occurrence).toMatchObject({ date: '2025-01-06', ruleDate: '2025-01-05', movedOver: ['Sunday'] });
  });

  it('moves 5 April 2026, Easter Sunday, over Easter Monday to Tuesday 7 April', () => {
    const moved = applyMove(aMelding.rule, '2026-04-05');
    expect(moved.date).toBe('2026-04-07');
    expect(moved.movedOver).toHaveLength(2);
    expect(moved.movedOver.join(' ')).toMatch(/påske/i);
  });

  it('moves a Saturday deadline over the weekend, and 30 April 2028 (a Sunday) over 1 May as well', () => {
    const business = deadline('skattemelding for næringsdrivende', { kind: 'yearly', month: 5, day: 31, moveTo: 'next-working-day' });
    expect(dates(occurrencesBetween([business], '2025-01-01', '2025-12-31'))).toEqual(['2025-06-02']);
    const persons = deadline('skattemelding for personer', { kind: 'yearly', month: 4, day: 30, moveTo: 'next-working-day' });
    expect(occurrencesBetween([persons], '2028-01-01', '2028-12-31')[0]).toMatchObject({
      date: '2028-05-02',
      movedOver: ['Sunday', expect.any(String)],
    });
  });

  it('leaves a date on a weekend where it is when the rule does not move it', () => {
    const stays = deadline('stays', { kind: 'monthly', day: 5 });
    expect(dates(occurrencesBetween([stays], '2025-01-01', '2025-01-31'))).toEqual(['2025-01-05']);
  });

  it('leaves a working day as it is', () => {
    expect(applyMove(aMelding.rule, '2025-02-05')).toEqual({ date: '2025-02-05', movedOver: [] });
  });
});

describe('occurrences in a range', () => {
  it('gives the a-melding every month of 2025, each on a working day', () => {
    const all = dates(occurrencesBetween([aMelding], '2025-01-01', '2025-12-31'));
    expect(all).toHaveLength(12);
    expect(all.every(isWorkingDay)).toBe(true);
    expect(all).toContain('2025-10-06'); // 5 October 2025 is a Sunday
  });

  it('gives the last day of February in leap and common years', () => {
    const february = deadline('feb', { kind: 'yearly', month: 2, day: 'last' });
    expect(dates(occurrencesBetween([february], '2024-01-01', '2025-12-31'))).toEqual(['2024-02-29', '2025-02-28']);
  });

  it('gives the VAT terms of 2025: the 10th of every other month, but 31 August (a Sunday, so 1 September)', () => {
    const seeded = NorwegianFilingDeadlines.filter((d) => d.name.startsWith('mva-melding')).map((d, i) => ({
      ...d,
      id: String(i),
      active: true,
    }));
    expect(dates(occurrencesBetween(seeded, '2025-01-01', '2025-12-31'))).toEqual([
      '2025-02-10',
      '2025-04-10',
      '2025-06-10',
      '2025-09-01',
      '2025-10-10',
      '2025-12-10',
    ]);
  });

  it('includes a rule date just before the range that moves into it, and not one that moves out of it', () => {
    const business = deadline('business', { kind: 'yearly', month: 5, day: 31, moveTo: 'next-working-day' });
    expect(dates(occurrencesBetween([business], '2025-06-01', '2025-06-30'))).toEqual(['2025-06-02']);
    expect(occurrencesBetween([business], '2025-05-01', '2025-05-31')).toEqual([]);
  });

  it('crosses the new year: the a-melding of 5 January 2025 from a range starting in December', () => {
    expect(dates(occurrencesBetween([aMelding], '2024-12-20', '2025-01-10'))).toEqual(['2025-01-06']);
  });

  it('leaves out inactive deadlines, and orders by date, agency and name', () => {
    const inactive = deadline('old', { kind: 'monthly', day: 5 }, { active: false });
    const accounts = deadline('årsregnskap', { kind: 'monthly', day: 6 }, { agency: 'brg' });
    const list = occurrencesBetween([inactive, aMelding, accounts], '2025-01-01', '2025-01-31');
    expect(list.map((o) => `${o.date} ${o.agency} ${o.name}`)).toEqual(['2025-01-06 brg årsregnskap', '2025-01-06 skd a-melding']);
  });

  it('gives nothing for a reversed range and refuses a malformed date', () => {
    expect(occurrencesBetween([aMelding], '2025-02-01', '2025-01-01')).toEqual([]);
    expect(() => occurrencesBetween([aMelding], '2025-13-01', '2025-12-31')).toThrow(RangeError);
  });
});
