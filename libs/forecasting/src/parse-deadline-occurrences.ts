import { Channels, type Channel } from '@inquiry-router/contracts';
import { ForecastInputError, parseDay } from './forecast';
import type { DeadlineOccurrence } from './forecast.types';

/** Deadline occurrences from a file or a request (JSON), refused with the place of the first wrong field. */
export function parseDeadlineOccurrences(input: unknown): DeadlineOccurrence[] {
  if (!Array.isArray(input)) throw new ForecastInputError('deadline occurrences must be a JSON array');
  return input.map((raw, i): DeadlineOccurrence => {
    const where = `deadlines[${i}]`;
    if (typeof raw !== 'object' || raw === null) throw new ForecastInputError(`${where} must be an object`);
    const o = raw as Record<string, unknown>;
    for (const key of ['deadlineId', 'name', 'agency', 'date'] as const) {
      if (typeof o[key] !== 'string' || o[key] === '') throw new ForecastInputError(`${where}.${key} must be a non-empty string`);
    }
    parseDay(o.date as string, `${where}.date`);
    let channels: Channel[] | undefined;
    if (o.channels !== undefined) {
      if (!Array.isArray(o.channels) || !o.channels.every((c) => (Channels as readonly unknown[]).includes(c))) {
        throw new ForecastInputError(`${where}.channels must be a list of ${Channels.join(', ')}`);
      }
      channels = o.channels as Channel[];
    }
    return { deadlineId: o.deadlineId as string, name: o.name as string, agency: o.agency as string, date: o.date as string, channels };
  });
}
