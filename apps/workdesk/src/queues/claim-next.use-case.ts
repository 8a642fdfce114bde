import { Inject, Injectable } from '@nestjs/common';
import type { QueueName } from '@inquiry-router/contracts';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ClaimWork } from '../work/claim-work.use-case';

/**
 * Reserves for an adviser the best inquiry of one named queue (the general claim limited to it):
 * skills, capacity and language count as for any claim, and the adviser accepts it before the
 * reservation lapses.
 */
@Injectable()
export class ClaimNext {
  constructor(@Inject(ClaimWork) private readonly claimWork: ClaimWork) {}

  execute(queue: QueueName, adviser: string): Promise<InquiryRecord | null> {
    return this.claimWork.execute(adviser, queue);
  }
}
