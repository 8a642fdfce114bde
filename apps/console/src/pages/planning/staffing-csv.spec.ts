import { describe, expect, it } from 'vitest';
import { overview } from './planning-fixtures';
import { staffingCsv } from './staffing-csv';

const headers = {
  date: 'Dato',
  time: 'Halvtime',
  forecast: (c: string) => `Prognose ${c}`,
  needed: 'Behov med fravær',
  planned: 'Planlagt',
  gap: 'Mangler, "netto"',
};

describe('staffingCsv', () => {
  it('has a heading row, then one row per half-hour: forecast per channel, needed, planned, gap', () => {
    expect(staffingCsv(overview, headers)).toBe(
      [
        'Dato,Halvtime,Prognose phone,Prognose email,Prognose social,Behov med fravær,Planlagt,"Mangler, ""netto"""',
        '2026-01-04,07:30,0,0,0,0,0,0',
        '2026-01-04,08:00,13,6.5,1,5,5,0',
        '2026-01-05,08:00,14,6.5,1,10,6,4',
        '2026-01-05,08:30,15,6.5,1,10,10,0',
        '',
      ].join('\r\n'),
    );
  });

  it('writes numbers with two decimals at most', () => {
    const fractional = { ...overview, forecast: overview.forecast.map((f) => ({ ...f, forecast: f.forecast + 0.123456 })) };
    expect(staffingCsv(fractional, headers).split('\r\n')[2]).toBe('2026-01-04,08:00,13.12,6.62,1.12,5,5,0');
  });

  it('leaves a field empty where a channel has no forecast for the half-hour', () => {
    const phoneOnly = { ...overview, forecast: overview.forecast.filter((f) => f.channel === 'phone') };
    expect(staffingCsv(phoneOnly, headers).split('\r\n')[2]).toBe('2026-01-04,08:00,13,,,5,5,0');
  });
});
