import { DemoAtRefused, parseDemoAt } from './demo-at';

describe('DEMO_AT', () => {
  it('takes an ISO 8601 date and time with its offset, as the development clock takes it', () => {
    expect(parseDemoAt('2026-12-07T09:30:00+01:00')).toEqual({ at: new Date('2026-12-07T08:30:00Z'), iso: '2026-12-07T09:30:00+01:00' });
    expect(parseDemoAt('2026-06-15T10:00+02:00')?.at).toEqual(new Date('2026-06-15T08:00:00Z'));
    expect(parseDemoAt('2026-12-07T20:00:00.250Z')).toEqual({ at: new Date('2026-12-07T20:00:00.250Z'), iso: '2026-12-07T20:00:00.250Z' });
    expect(parseDemoAt(' 2026-12-07T21:00:00+01:00 ')?.iso).toBe('2026-12-07T21:00:00+01:00');
  });

  it('is not set when absent or empty: the system runs on real time', () => {
    expect(parseDemoAt(undefined)).toBeNull();
    expect(parseDemoAt('')).toBeNull();
  });

  it('refuses a time without its offset, a date alone, other formats and impossible dates, saying what it wants', () => {
    for (const value of [
      '2026-12-07T09:30:00',
      '2026-12-07',
      '07.12.2026 09:30',
      'tomorrow 9:30',
      '1765096200000',
      '2026-12-07 09:30:00+01:00',
    ]) {
      expect(() => parseDemoAt(value)).toThrow(DemoAtRefused);
      expect(() => parseDemoAt(value)).toThrow(`DEMO_AT=${value} is not an ISO 8601 date and time with its offset (Z or ±hh:mm), e.g.`);
    }
    expect(() => parseDemoAt('2026-02-30T10:00:00+01:00')).toThrow('DEMO_AT=2026-02-30T10:00:00+01:00 is not a real date and time');
    expect(() => parseDemoAt('2026-12-07T25:00:00+01:00')).toThrow('is not a real date and time');
  });
});
