import { DateTime } from 'luxon';
import type { OpeningDayView, OpeningStatusView } from '@inquiry-router/contracts';
import { expectedTimeText } from '@inquiry-router/opening-hours';

/** "mandag 7. desember 2026 kl. 09:30": the calendar's own wording, with the year (a demo may run at any date). */
function dayAndTime(at: Date, zone: string): string {
  const [day, clock] = expectedTimeText(at, 'nb', zone).split(' kl. ');
  return `${day} ${DateTime.fromJSDate(at, { zone }).year} kl. ${clock}`;
}

/** The time of day an opening span of `date` ends: midnight after it is 24:00, not 00:00; null past that. */
function endOfDayTime(end: string, date: string, zone: string): string | null {
  const t = DateTime.fromISO(end, { zone });
  if (t.toISODate() === date) return t.toFormat('HH:mm');
  return t.toISODate() === DateTime.fromISO(date, { zone }).plus({ days: 1 }).toISODate() && t.toFormat('HH:mm') === '00:00'
    ? '24:00'
    : null;
}

/** "08:00–15:30". */
function spanText(span: { start: string; end: string }, date: string, zone: string): string {
  return `${DateTime.fromISO(span.start, { zone }).toFormat('HH:mm')}–${endOfDayTime(span.end, date, zone) ?? '24:00'}`;
}

/**
 * The day's opening hours as the demo prints them before it sends anything, in bokmål like the
 * rest of its report: the date and time on the system's clock, when it is open that day (and the
 * holiday or the supervisors' orders that shaped it), and whether it is open now or when it opens.
 */
export function openingHoursLines(status: OpeningStatusView, day: OpeningDayView, zone: string): string[] {
  const lines = [`Åpningstider i dag, etter systemets klokke (${dayAndTime(new Date(status.at), zone)}, ${zone}):`];
  if (day.spans.length === 0) lines.push(`  stengt hele dagen${day.holiday ? ` (${day.holiday})` : ''}`);
  else lines.push(`  åpent ${day.spans.map((s) => spanText(s, day.date, zone)).join(', ')}${day.holiday ? ` (${day.holiday})` : ''}`);
  for (const e of day.exceptions) {
    const hours = e.opens && e.closes ? ` ${e.opens}–${e.closes}` : ' hele dagen';
    lines.push(`  ${e.kind === 'extended' ? 'utvidet åpningstid' : 'stengt'}${hours}: ${e.reason}`);
  }
  if (status.open) {
    const closesToday = status.closesAt && endOfDayTime(status.closesAt, day.date, zone);
    const closes = status.closesAt && (closesToday ? `kl. ${closesToday}` : expectedTimeText(new Date(status.closesAt), 'nb', zone));
    lines.push(`  Åpent nå${closes ? `, stenger ${closes}` : ''}.`);
  } else if (status.nextOpening) {
    lines.push(`  Stengt nå. Åpner igjen ${expectedTimeText(new Date(status.nextOpening), 'nb', zone)}.`);
  } else {
    lines.push('  Stengt nå, og ingen åpning innen et år.');
  }
  return lines;
}
