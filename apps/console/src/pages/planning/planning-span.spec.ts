import { describe, expect, it } from 'vitest';
import { addDays, isValidSpan, nextDays, todayInOslo } from './planning-span';

describe('planning spans', () => {
  it('takes today as Oslo has it, also just after midnight there', () => {
    expect(todayInOslo(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(todayInOslo(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });

  it('counts the next days from today, both ends included, across a month and a clock change', () => {
    expect(nextDays(14, '2026-03-20')).toEqual({ from: '2026-03-20', to: '2026-04-02' });
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('refuses a span that ends before it starts or is not two dates', () => {
    expect(isValidSpan({ from: '2026-01-05', to: '2026-01-04' })).toBe(false);
    expect(isValidSpan({ from: '', to: '2026-01-04' })).toBe(false);
    expect(isValidSpan({ from: '2026-01-04', to: '2026-01-04' })).toBe(true);
  });
});
