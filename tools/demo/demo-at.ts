import { DateTime } from 'luxon';
import { NamedError } from '@inquiry-router/contracts';

/** DEMO_AT that is not an ISO 8601 date and time with its offset: the demo refuses it before it sends anything. */
export class DemoAtRefused extends NamedError {}

// A date, a time of day (seconds and fractions optional) and the offset: the instant is then the same in every zone.
const withOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The time the demo runs the system at (`DEMO_AT`, e.g. `2026-12-07T09:30:00+01:00`), as the text
 * the development clock takes; null when unset. Anything but a real instant with its offset is
 * refused with the reason: a bare local time would depend on the zone of the machine that reads it.
 */
export function parseDemoAt(value: string | undefined): { at: Date; iso: string } | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const example = 'e.g. DEMO_AT=2026-12-07T09:30:00+01:00 (Oslo winter time) or 2026-06-15T10:00:00+02:00';
  if (!withOffset.test(text)) {
    throw new DemoAtRefused(`DEMO_AT=${text} is not an ISO 8601 date and time with its offset (Z or ±hh:mm), ${example}`);
  }
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid)
    throw new DemoAtRefused(
      `DEMO_AT=${text} is not a real date and time (${parsed.invalidExplanation ?? parsed.invalidReason}), ${example}`,
    );
  return { at: parsed.toJSDate(), iso: parsed.toISO({ suppressMilliseconds: true }) };
}
