import { DataSource } from 'typeorm';
import type { Channel, Inquiry, Language, QueueName, TechnicalCategory } from '@inquiry-router/contracts';
import { InquiryRepository, RoutedInquiry } from '@inquiry-router/persistence';
import { DefaultWorkPolicy, LiveQueues, queueScore, WorkPolicy } from '@inquiry-router/live-queues';
import { placeReply } from '@inquiry-router/routing';
import { aDecision, anInquiry } from './fixtures';

export interface WaitingSpec {
  queue: QueueName;
  channel?: Channel;
  language?: Language | null;
  /** The decision's technical category (`aDecision`'s when not given). */
  category?: TechnicalCategory | null;
  receivedAt?: Date;
}

/**
 * Records inquiries in Postgres as waiting work, as the router would, 1,000 to a statement; the
 * live queues are left alone (`seedWaiting` fills them too).
 */
export async function recordWaiting(db: DataSource, specs: WaitingSpec[]): Promise<RoutedInquiry[]> {
  const repo = new InquiryRepository(db);
  const all: RoutedInquiry[] = [];
  for (let i = 0; i < specs.length; i += 1000) {
    const routed: RoutedInquiry[] = specs.slice(i, i + 1000).map((s) => ({
      inquiry: anInquiry({
        channel: s.channel ?? 'email',
        receivedAt: (s.receivedAt ?? new Date()).toISOString(),
        ...(s.language ? { language: s.language } : {}),
      }),
      decision: aDecision(s.queue, s.category !== undefined ? { category: s.category } : {}),
      decidedAt: new Date().toISOString(),
      queue: s.queue,
      agency: null,
    }));
    await repo.recordRouted(routed, placeReply);
    all.push(...routed);
  }
  return all;
}

/**
 * Puts inquiries straight into waiting work, as the router would (recorded in Postgres, then
 * enqueued in the live queues at their place), without going through Kafka: for tests and the
 * claim bench that need many at once.
 */
export async function seedWaiting(
  db: DataSource,
  queues: LiveQueues,
  specs: WaitingSpec[],
  policy: WorkPolicy = DefaultWorkPolicy,
): Promise<Inquiry[]> {
  const routed = await recordWaiting(db, specs);
  for (let i = 0; i < routed.length; i += 1000) {
    await queues.enqueue(
      routed.slice(i, i + 1000).map((r) => ({
        category: r.decision.category,
        queue: r.queue!,
        id: r.inquiry.id,
        channel: r.inquiry.channel,
        language: r.inquiry.language ?? null,
        score: queueScore({ channel: r.inquiry.channel, receivedAt: new Date(r.inquiry.receivedAt) }, policy),
      })),
    );
  }
  return routed.map((r) => r.inquiry);
}
