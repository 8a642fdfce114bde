import { Channels, type Channel } from '@inquiry-router/contracts';
import type { DeadlineOccurrence } from './forecast.types';
import { dayOf } from './local-time';
import type { OpeningDay } from './opening-days';

/** A deadline occurrence seen from a working day in its window. */
export interface DeadlineActivation {
  occurrence: DeadlineOccurrence;
  /** Working days from the deadline (0: its day, or the last working day before it when it falls on a closed day). */
  offset: number;
}

/** Per channel: table day index → the deadlines whose windows cover that day. */
export type DeadlineActivations = Record<Channel, Map<number, DeadlineActivation[]>>;

/**
 * Which working days each occurrence's window covers, counted in working days (closed days are
 * in no window: nothing is answered on them). When two occurrences of the same deadline cover a
 * day (a monthly deadline's windows can touch), the nearer one counts.
 */
export function deadlineActivations(
  occurrences: readonly DeadlineOccurrence[],
  days: readonly OpeningDay[],
  window: { before: number; after: number },
): DeadlineActivations {
  const activations = Object.fromEntries(Channels.map((c) => [c, new Map<number, DeadlineActivation[]>()])) as DeadlineActivations;
  if (days.length === 0) return activations;
  const first = days[0].day;
  const working = days.flatMap((d, i) => (d.working ? [i] : []));
  for (const occurrence of occurrences) {
    const index = dayOf(occurrence.date) - first;
    if (index < 0 || index >= days.length) continue;
    // The last working day on or before the deadline's date.
    let anchor = -1;
    for (let lo = 0, hi = working.length - 1; lo <= hi;) {
      const mid = (lo + hi) >> 1;
      if (working[mid] <= index) {
        anchor = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (anchor < 0) continue;
    const channels = occurrence.channels && occurrence.channels.length > 0 ? occurrence.channels : Channels;
    for (let offset = -window.before; offset <= window.after; offset++) {
      const day = working[anchor + offset];
      if (day === undefined) continue;
      for (const channel of channels) {
        const onDay = activations[channel].get(day) ?? [];
        const same = onDay.findIndex((a) => a.occurrence.deadlineId === occurrence.deadlineId);
        if (same < 0) onDay.push({ occurrence, offset });
        else if (Math.abs(offset) < Math.abs(onDay[same].offset)) onDay[same] = { occurrence, offset };
        activations[channel].set(day, onDay);
      }
    }
  }
  return activations;
}
