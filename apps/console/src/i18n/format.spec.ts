import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatDateTime, formatDuration, formatPercent } from './format';

describe('formatting for Norwegian support', () => {
  it('shows times in Europe/Oslo, winter and summer', () => {
    expect(formatDateTime('2026-12-02T08:05:00Z', 'nb')).toBe('02.12.2026, 09:05');
    expect(formatDateTime('2026-06-30T22:30:00Z', 'en')).toBe('01/07/2026, 00:30');
    expect(formatDateTime(null, 'nb')).toBe('–');
  });

  it('keeps a calendar date on its day', () => {
    expect(formatDate('2026-12-24', 'nb')).toMatch(/24\. des/);
  });

  it('writes waits in the language chosen', () => {
    expect(formatDuration(30_000, 'nb')).toBe('< 1 min');
    expect(formatDuration(5 * 60_000, 'en')).toBe('5 min');
    expect(formatDuration(65 * 60_000, 'nb')).toBe('1 t 05 min');
    expect(formatDuration(65 * 60_000, 'en')).toBe('1 h 05 min');
    expect(formatDuration(26 * 3_600_000, 'nb')).toBe('1 d 2 t');
  });

  it('fills named values and shows a missing percentage as a dash', () => {
    expect(fill('Henvendelse {id} fra {who}', { id: 'inq-1' })).toBe('Henvendelse inq-1 fra {who}');
    expect(formatPercent(null, 'nb')).toBe('–');
    expect(formatPercent(0.75, 'en')).toBe('75%');
  });
});
