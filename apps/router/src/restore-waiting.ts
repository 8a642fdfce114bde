import { LiveQueues, queueScore, WorkPolicy } from '@inquiry-router/live-queues';
import type { WaitingInquiry } from '@inquiry-router/persistence';

/**
 * Puts inquiries Postgres has waiting back into the live queues at their original place, and
 * those it records as reserved back as their holder's reservation with its own expiry (a lapsed
 * one then lapses as usual). Idempotent: what Redis already has keeps its place.
 */
export async function restoreWaiting(
  queues: LiveQueues,
  rows: readonly WaitingInquiry[],
  policy: WorkPolicy,
): Promise<{ waiting: number; reserved: number }> {
  const entries = rows.map((r) => ({
    row: r,
    entry: { queue: r.queue, id: r.id, channel: r.channel, language: r.language, category: r.category, score: queueScore(r, policy) },
  }));
  let reserved = 0;
  // Reservations first, so the queue restore skips them (a reserved inquiry is in no queue set).
  for (const { row, entry } of entries) {
    if (row.reservedBy && row.reservedUntil && (await queues.restoreReservation(entry, row.reservedBy, row.reservedUntil))) reserved++;
  }
  const waiting = await queues.restore(entries.filter(({ row }) => !row.reservedBy).map(({ entry }) => entry));
  return { waiting, reserved };
}
