import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';
import { WorkRefused } from '../work/work-refused';

/** The holder gives an accepted inquiry back to its queue, where it takes its original place. */
@Injectable()
export class PutBackInquiry {
  constructor(@Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, note?: string): Promise<InquiryRecord> {
    return this.act.execute(id, user, (row) => {
      if (!row.queue) return new WorkRefused('conflict', `${id} has no queue to go back to`);
      return {
        set: { status: 'queued', assigned_to: null, assigned_at: null },
        history: { event: 'put-back', actor: user.username, details: { queue: row.queue, heldBy: row.assignedTo, ...(note && { note }) } },
        outbox: [workEvent('put-back', { inquiryId: id, queue: row.queue, adviser: row.assignedTo, actor: user.username, ...(note && { note }) })],
        requeueTo: row.queue,
      };
    });
  }
}
