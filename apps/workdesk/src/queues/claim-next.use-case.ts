import { Inject, Injectable } from '@nestjs/common';
import { InquiryRecord, InquiryRepository } from '@inquiry-router/persistence';
import { LiveQueues } from '@inquiry-router/live-queues';

/**
 * Gives an adviser the oldest inquiry of a queue. Redis pops atomically (no two callers get the
 * same entry) and Postgres confirms the claim (an entry that is stale — already claimed or moved —
 * is skipped). If the database fails after the pop, the entry goes back with its original age.
 */
@Injectable()
export class ClaimNext {
  constructor(
    @Inject(LiveQueues) private readonly queues: LiveQueues,
    @Inject(InquiryRepository) private readonly inquiries: InquiryRepository,
  ) {}

  async execute(queue: string, adviser: string): Promise<InquiryRecord | null> {
    for (;;) {
      const entry = await this.queues.popOldest(queue);
      if (!entry) return null;
      let claimed: boolean;
      try {
        claimed = await this.inquiries.claim(entry.id, queue, adviser);
      } catch (error) {
        await this.queues.enqueue([{ queue, id: entry.id, receivedAt: entry.receivedAt }]);
        throw error;
      }
      if (claimed) return this.inquiries.find(entry.id);
    }
  }
}
