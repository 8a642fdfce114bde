import type { ClusterTermView, MarkEffectView } from '@inquiry-router/contracts';
import { questionSimilarity } from './cluster-signature';

const DayMs = 24 * 60 * 60 * 1000;

/** A contact as a mark's effect reads it: its category, when it came and its distinct terms. */
export interface MarkedContact {
  category: string;
  receivedAt: Date;
  terms: ReadonlySet<string>;
}

/**
 * The volume of a marked cluster before and after its mark: contacts in the cluster's category
 * whose terms resemble the cluster's signature (at least `threshold`), counted in two windows of
 * the same length either side of the mark — `windowDays`, or the time since the mark if shorter,
 * so a fresh mark is compared fairly — beside the whole category's count in each window.
 */
export function markEffect(
  mark: { category: string; signature: readonly ClusterTermView[]; markedAt: Date },
  contacts: readonly MarkedContact[],
  options: { now: Date; windowDays: number; threshold: number },
): MarkEffectView {
  const markedAt = mark.markedAt.getTime();
  const length = Math.max(0, Math.min(options.windowDays * DayMs, options.now.getTime() - markedAt));
  const windows = {
    before: { from: markedAt - length, to: markedAt },
    after: { from: markedAt, to: markedAt + length },
  };
  const counted = { before: { count: 0, categoryCount: 0 }, after: { count: 0, categoryCount: 0 } };
  for (const contact of contacts) {
    if (contact.category !== mark.category) continue;
    const at = contact.receivedAt.getTime();
    const side =
      at >= windows.before.from && at < windows.before.to ? 'before' : at >= windows.after.from && at < windows.after.to ? 'after' : null;
    if (!side) continue;
    counted[side].categoryCount++;
    if (questionSimilarity(contact.terms, mark.signature) >= options.threshold) counted[side].count++;
  }
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    windowDays: Math.round((length / DayMs) * 100) / 100,
    before: { from: iso(windows.before.from), to: iso(windows.before.to), ...counted.before },
    after: { from: iso(windows.after.from), to: iso(windows.after.to), ...counted.after },
  };
}

/** The span of contacts the marks' effects need: from the earliest window's start to the latest window's end. */
export function markWindowsSpan(markedAts: readonly Date[], options: { now: Date; windowDays: number }): { from: Date; to: Date } | null {
  if (markedAts.length === 0) return null;
  const times = markedAts.map((d) => d.getTime());
  return {
    from: new Date(Math.min(...times) - options.windowDays * DayMs),
    to: new Date(Math.min(Math.max(...times) + options.windowDays * DayMs, options.now.getTime())),
  };
}
