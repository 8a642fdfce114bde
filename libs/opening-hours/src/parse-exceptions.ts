import { DateTime } from 'luxon';
import { LocalDatePattern, LocalTimePattern } from '@inquiry-router/contracts';
import { OpeningException } from './calendar';
import { InvalidCalendarError } from './opening-hours';

/**
 * Opening exceptions from configuration or an order (JSON), checked field by field so a typo
 * is refused with its place instead of silently keeping the support closed or open.
 */
export function parseExceptions(input: unknown): OpeningException[] {
  if (!Array.isArray(input)) throw new InvalidCalendarError('opening exceptions must be a JSON array');
  return input.map((raw, i): OpeningException => {
    const where = `exception ${i}`;
    if (typeof raw !== 'object' || raw === null) throw new InvalidCalendarError(`${where} must be an object`);
    const e = raw as Record<string, unknown>;
    if (typeof e.date !== 'string' || !LocalDatePattern.test(e.date) || !DateTime.fromISO(e.date).isValid) {
      throw new InvalidCalendarError(`${where}: date must be YYYY-MM-DD`);
    }
    for (const key of ['opens', 'closes'] as const) {
      if (e[key] !== undefined && (typeof e[key] !== 'string' || !LocalTimePattern.test(e[key]))) {
        throw new InvalidCalendarError(`${where}: ${key} must be HH:mm`);
      }
    }
    const reason = typeof e.reason === 'string' ? e.reason : undefined;
    if (e.kind === 'extended') {
      if (e.opens === undefined || e.closes === undefined) throw new InvalidCalendarError(`${where}: extended hours need opens and closes`);
      return { kind: 'extended', date: e.date, opens: e.opens as string, closes: e.closes as string, reason };
    }
    if (e.kind === 'closed') {
      return { kind: 'closed', date: e.date, opens: e.opens as string | undefined, closes: e.closes as string | undefined, reason };
    }
    throw new InvalidCalendarError(`${where}: kind must be "extended" or "closed"`);
  });
}
