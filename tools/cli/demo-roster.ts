import { DateTime } from 'luxon';
import { Channels } from '@inquiry-router/contracts';
import { openingSpans, type OpeningCalendar } from '@inquiry-router/opening-hours';
import type { RosterShiftFields } from '@inquiry-router/persistence';

/** The register's advisers as a demo roster needs them. */
export interface RosterableAdviser {
  username: string;
  languages: string[];
}

/**
 * A plausible roster for a demo: on every date the support is open, each adviser works one shift
 * of the day's opening time, in turn an early one (from opening, half an hour short of closing) and
 * a late one (half an hour after opening to closing), so the ends of the day have fewer people than
 * its middle; every tenth adviser-day is a day off. Deterministic: the same input, the same roster.
 */
export function demoRoster(
  advisers: readonly RosterableAdviser[],
  from: string,
  to: string,
  calendar: OpeningCalendar,
): RosterShiftFields[] {
  const shifts: RosterShiftFields[] = [];
  let turn = 0;
  for (let day = DateTime.fromISO(from, { zone: calendar.zone }); day.toISODate()! <= to; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    for (const span of openingSpans(date, calendar)) {
      const opens = DateTime.fromJSDate(span.start, { zone: calendar.zone });
      const closes = DateTime.fromJSDate(span.end, { zone: calendar.zone });
      const long = closes.diff(opens, 'minutes').minutes > 60;
      for (const adviser of advisers) {
        turn++;
        if (turn % 10 === 0) continue;
        const early = turn % 2 === 0;
        const starts = long && !early ? opens.plus({ minutes: 30 }) : opens;
        const ends = long && early ? closes.minus({ minutes: 30 }) : closes;
        shifts.push({
          adviser: adviser.username,
          date,
          starts: starts.toFormat('HH:mm'),
          ends: ends.toISODate() === date ? ends.toFormat('HH:mm') : '24:00',
          queues: [],
          channels: [...Channels],
          languages: adviser.languages,
        });
      }
    }
  }
  return shifts;
}
