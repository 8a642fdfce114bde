import { csvDocument, type CsvValue } from '@inquiry-router/contracts/csv';
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

/** Two decimals at most (a forecast is a mean; a trainee counts for a share of an adviser); none for a missing number. */
const twoDecimals = (n: number | undefined): number | null => (n === undefined ? null : Math.round(n * 100) / 100);

/**
 * The staffing table as CSV: one row per half-hour (date, time, the forecast per channel, advisers
 * needed with shrinkage, planned, the gap), a heading row first, CRLF line ends. Numbers with a
 * decimal point, as spreadsheets read them whatever the language.
 */
export function staffingCsv(overview: Pick<PlanningOverviewView, 'forecast' | 'staffing'>, headers: StaffingCsvHeaders): string {
  const forecast = new Map<string, number>();
  for (const f of overview.forecast) forecast.set(`${f.start}|${f.channel}`, f.forecast);
  const rows: CsvValue[][] = [
    [headers.date, headers.time, ...Channels.map(headers.forecast), headers.needed, headers.planned, headers.gap],
    ...overview.staffing.map((s) => [
      s.date,
      s.time,
      ...Channels.map((c) => twoDecimals(forecast.get(`${s.start}|${c}`))),
      twoDecimals(s.neededWithShrinkage),
      twoDecimals(s.planned),
      twoDecimals(s.gap),
    ]),
  ];
  return csvDocument(rows);
}
