import { describeDateRule, InvalidDeadlineRule, parseChannels, parseDateRule } from './date-rule';
import { NorwegianFilingDeadlines } from './norwegian-filing-deadlines';

const refusal = (input: unknown): string => {
  try {
    parseDateRule(input);
  } catch (error) {
    if (error instanceof InvalidDeadlineRule) return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
};

describe('date rules', () => {
  it('reads each kind of rule', () => {
    expect(parseDateRule({ kind: 'yearly', month: 4, day: 30 })).toEqual({ kind: 'yearly', month: 4, day: 30 });
    expect(parseDateRule({ kind: 'yearly', month: 2, day: 'last', moveTo: 'next-working-day' })).toEqual({
      kind: 'yearly',
      month: 2,
      day: 'last',
      moveTo: 'next-working-day',
    });
    expect(parseDateRule({ kind: 'monthly', day: 5 })).toEqual({ kind: 'monthly', day: 5 });
    expect(parseDateRule({ kind: 'monthly', day: 10, months: [12, 2, 4, 2] })).toEqual({ kind: 'monthly', day: 10, months: [2, 4, 12] });
  });

  it('refuses rules it cannot use, saying why', () => {
    expect(refusal(null)).toBe('rule must be an object');
    expect(refusal({ kind: 'weekly', day: 1 })).toMatch(/rule.kind must be "yearly".*or "monthly"/);
    expect(refusal({ kind: 'yearly', month: 13, day: 1 })).toBe('rule.month must be a month 1–12');
    expect(refusal({ kind: 'yearly', month: 2, day: 30 })).toBe('February has no day 30; use "last" for its last day');
    expect(refusal({ kind: 'yearly', month: 2, day: 29 })).toMatch(/29 February is not in every year/);
    expect(refusal({ kind: 'yearly', month: 4, day: 0 })).toBe('rule.day must be a day of the month 1–31 or "last"');
    expect(refusal({ kind: 'monthly', day: 31 })).toBe('February has no day 31 in every year; use "last" for the last day');
    expect(refusal({ kind: 'monthly', day: 31, months: [1, 4] })).toBe('April has no day 31 in every year; use "last" for the last day');
    expect(refusal({ kind: 'monthly', day: 10, months: [] })).toMatch(/rule.months must be a non-empty list/);
    expect(refusal({ kind: 'monthly', day: 10, moveTo: 'previous-working-day' })).toMatch(/rule.moveTo must be "next-working-day"/);
    expect(refusal({ kind: 'yearly', month: 4, day: 30, months: [4] })).toMatch(/rule.months is not a field of a yearly rule/);
  });

  it('accepts the 31st of months that all have one', () => {
    expect(parseDateRule({ kind: 'monthly', day: 31, months: [1, 3, 8] })).toEqual({ kind: 'monthly', day: 31, months: [1, 3, 8] });
  });

  it('says the rule in words', () => {
    expect(describeDateRule({ kind: 'yearly', month: 4, day: 30 })).toBe('30 April each year');
    expect(describeDateRule({ kind: 'yearly', month: 2, day: 'last' })).toBe('the last day of February each year');
    expect(describeDateRule({ kind: 'monthly', day: 5, moveTo: 'next-working-day' })).toBe(
      'the 5th of every month, or the next working day after a weekend or public holiday',
    );
    expect(describeDateRule({ kind: 'monthly', day: 10, months: [2, 4, 6] })).toBe('the 10th of February, April and June');
    expect(describeDateRule({ kind: 'monthly', day: 'last', months: [3] })).toBe('the last day of March');
  });

  it('keeps the seeded deadlines valid', () => {
    for (const seed of NorwegianFilingDeadlines) {
      expect(parseDateRule(seed.rule)).toEqual(seed.rule);
      expect(parseChannels(seed.channels)).toEqual(seed.channels);
    }
  });
});

describe('channels', () => {
  it('reads known channels in their usual order, each once', () => {
    expect(parseChannels(['social', 'phone', 'phone'])).toEqual(['phone', 'social']);
  });

  it('refuses an empty list and unknown channels', () => {
    expect(() => parseChannels([])).toThrow(/non-empty list of phone, email, social/);
    expect(() => parseChannels(['fax'])).toThrow('channels: "fax" is not one of phone, email, social');
  });
});
