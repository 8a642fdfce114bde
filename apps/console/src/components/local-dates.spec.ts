import { describe, expect, it } from 'vitest';
import { addDays, todayInOslo } from './local-dates';

describe('local dates', () => {
  it('takes today as Oslo has it, also just after midnight there', () => {
    expect(todayInOslo(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(todayInOslo(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('adds and subtracts days across a month and a clock change', () => {
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
