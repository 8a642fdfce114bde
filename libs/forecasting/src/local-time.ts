import { DateTime } from 'luxon';
import { LocalDatePattern } from '@inquiry-router/contracts';
import type { LocalDate } from '@inquiry-router/opening-hours';

/** Half-hour intervals in a local day (a DST day's doubled or skipped hour is folded onto the wall clock). */
export const slotsPerDay = 48;
export const slotMs = 30 * 60_000;
const dayMs = 86_400_000;
const hourMs = 3_600_000;

// The opening hours' LocalDate (`YYYY-MM-DD`), passed on for this lib's own modules.
export type { LocalDate } from '@inquiry-router/opening-hours';

/**
 * Wall-clock arithmetic in one zone without a luxon object per interval: a local day is a whole
 * number (days since 1970-01-01 on the local wall clock) and an interval its half-hour slot 0–47.
 * Offsets are cached per UTC hour (exact for zones that change offset on the hour), shared by
 * every clock of the zone: a forecast asks for tens of thousands, and luxon's are slow.
 */
export class LocalClock {
  private static readonly offsetsByZone = new Map<string, Map<number, number>>();
  private readonly offsets: Map<number, number>;

  constructor(readonly zone: string) {
    if (!DateTime.local().setZone(zone).isValid) throw new Error(`"${zone}" is not a time zone`);
    let offsets = LocalClock.offsetsByZone.get(zone);
    if (!offsets) {
      offsets = new Map();
      LocalClock.offsetsByZone.set(zone, offsets);
    }
    this.offsets = offsets;
  }

  /** The zone's offset from UTC at instant `t`, in ms. */
  offsetAt(t: number): number {
    const hour = Math.floor(t / hourMs);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = DateTime.fromMillis(hour * hourMs, { zone: this.zone }).offset * 60_000;
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** The local day and half-hour slot an instant falls in. */
  slotOf(t: number): { day: number; slot: number } {
    const local = t + this.offsetAt(t);
    const day = Math.floor(local / dayMs);
    return { day, slot: Math.floor((local - day * dayMs) / slotMs) };
  }

  /** The instant a local slot starts (a slot skipped by the spring change starts at the first instant that exists). */
  instantOf(day: number, slot: number): number {
    return this.instantAtMinute(day, slot * 30);
  }

  /** The instant of a local wall-clock time, as minutes after the day's midnight. */
  instantAtMinute(day: number, minute: number): number {
    const local = day * dayMs + minute * 60_000;
    const guess = local - this.offsetAt(local);
    return local - this.offsetAt(guess);
  }
}

export function dayOf(date: LocalDate): number {
  if (!LocalDatePattern.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`"${date}" is not a YYYY-MM-DD date`);
  }
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

export function dateOf(day: number): LocalDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Month 0–11 and the fraction of the year passed, for the yearly season. */
export function yearFractionOf(day: number): number {
  const date = new Date(day * dayMs);
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const end = Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  return (day * dayMs - start) / (end - start);
}

/** `HH:mm` of a slot. */
export function timeOf(slot: number): string {
  return `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
}
