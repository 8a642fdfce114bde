import { Channels, type Channel } from '@inquiry-router/contracts/vocabulary';
import type { PlanningOverviewView } from '@inquiry-router/contracts/views';

/** The column headings, in the reader's language. */
export interface StaffingCsvHeaders {
  date: string;
  time: string;
  forecast: (channel: Channel) => string;
  needed: string;
  planned: string;
  gap: string;
}

/**
 * One CSV field: quoted (quotes doubled) when it holds a separator, a quote or a line break (RFC
 * 4180); text starting with =, +, -, @, a tab or a carriage return gets a leading `'`, so a
 * spreadsheet does not run it as a formula (as libs/help-insights' report CSV does).
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(round(value)) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The staffing table as CSV: one row per half-hour (date, time, the forecast per channel, advisers
 * needed with shrinkage, planned, the gap), a heading row first, CRLF line ends. Numbers with a
 * decimal point, as spreadsheets read them whatever the language.
 */
export function staffingCsv(overview: Pick<PlanningOverviewView, 'forecast' | 'staffing'>, headers: StaffingCsvHeaders): string {
  const forecast = new Map<string, number>();
  for (const f of overview.forecast) forecast.set(`${f.start}|${f.channel}`, f.forecast);
  const rows: (string | number | null)[][] = [
    [headers.date, headers.time, ...Channels.map(headers.forecast), headers.needed, headers.planned, headers.gap],
    ...overview.staffing.map((s) => [
      s.date,
      s.time,
      ...Channels.map((c) => forecast.get(`${s.start}|${c}`) ?? null),
      s.neededWithShrinkage,
      s.planned,
      s.gap,
    ]),
  ];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
