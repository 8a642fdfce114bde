import { retentionCutoff } from './retention';

describe('retention cutoff', () => {
  it('is the given number of calendar months back', () => {
    expect(retentionCutoff(new Date('2026-12-05T10:00:00Z'), 12).toISOString()).toBe('2025-12-05T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-03-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it('refuses a period that is not whole months', () => {
    expect(() => retentionCutoff(new Date(), 0)).toThrow(/whole number of months/);
    expect(() => retentionCutoff(new Date(), 1.5)).toThrow(/whole number of months/);
  });
});
