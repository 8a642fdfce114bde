import { describe, expect, it } from 'vitest';
import { overview } from './planning-fixtures';
import { csvField, staffingCsv } from './staffing-csv';

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

  it('leaves a field empty where a channel has no forecast for the half-hour', () => {
    const phoneOnly = { ...overview, forecast: overview.forecast.filter((f) => f.channel === 'phone') };
    expect(staffingCsv(phoneOnly, headers).split('\r\n')[2]).toBe('2026-01-04,08:00,13,,,5,5,0');
  });
});

describe('csvField', () => {
  it('quotes a field with a separator, a quote or a line break, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField(1.23456)).toBe('1.23');
    expect(csvField(null)).toBe('');
  });

  it('keeps a spreadsheet from running a text as a formula, and leaves negative numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+47 22')).toBe("'+47 22");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField(-3)).toBe('-3');
  });
});
