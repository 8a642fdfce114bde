import { Channels, type Channel } from '@inquiry-router/contracts';
import type { ContactCount } from './forecast.types';
import { LocalClock, slotsPerDay } from './local-time';
import type { OpeningDay } from './opening-days';

/** Contacts per channel in every local half-hour of days `first` to `last` (exclusive): day-major, 48 slots a day. */
export type ContactGrid = Record<Channel, Float64Array>;

export function contactGrid(counts: readonly ContactCount[], first: number, last: number, clock: LocalClock): ContactGrid {
  const size = Math.max(0, last - first) * slotsPerDay;
  const grid = Object.fromEntries(Channels.map((c) => [c, new Float64Array(size)])) as ContactGrid;
  for (const row of counts) {
    const cells = grid[row.channel];
    if (!cells || !(row.count > 0)) continue;
    const { day, slot } = clock.slotOf(row.intervalStart.getTime());
    if (day < first || day >= last) continue;
    // A DST autumn night's repeated hour lands on the same wall-clock slots: added together.
    cells[(day - first) * slotsPerDay + slot] += row.count;
  }
  return grid;
}

/**
 * The work each half-hour brings when only open half-hours are staffed: what arrives while open
 * is handled there, and whatever arrived while closed (a night's mail, a holiday's messages) at
 * the next open half-hour. `arrivals` and `days` cover the same days; carrying starts at the first.
 */
export function carryToOpenings(arrivals: Float64Array, days: readonly OpeningDay[]): { work: Float64Array; carried: Float64Array } {
  const work = new Float64Array(arrivals.length);
  const carried = new Float64Array(arrivals.length);
  let pending = 0;
  days.forEach((d, i) => {
    for (let slot = 0; slot < slotsPerDay; slot++) {
      const k = i * slotsPerDay + slot;
      if (d.open[slot]) {
        carried[k] = pending;
        work[k] = arrivals[k] + pending;
        pending = 0;
      } else {
        pending += arrivals[k];
      }
    }
  });
  return { work, carried };
}
