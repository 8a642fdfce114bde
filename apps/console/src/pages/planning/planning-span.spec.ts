import { describe, expect, it } from 'vitest';
import { isValidSpan, nextDays } from './planning-span';

describe('planning spans', () => {
  it('counts the next days from today, both ends included, across a month and a clock change', () => {
    expect(nextDays(14, '2026-03-20')).toEqual({ from: '2026-03-20', to: '2026-04-02' });
  });

  it('refuses a span that ends before it starts or is not two dates', () => {
    expect(isValidSpan({ from: '2026-01-05', to: '2026-01-04' })).toBe(false);
    expect(isValidSpan({ from: '', to: '2026-01-04' })).toBe(false);
    expect(isValidSpan({ from: '2026-01-04', to: '2026-01-04' })).toBe(true);
  });
});
