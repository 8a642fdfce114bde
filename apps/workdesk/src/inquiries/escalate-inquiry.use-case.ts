import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';
import { WorkRefused } from '../work/work-refused';

/** The holder sends an accepted inquiry to the second line with a note; it keeps its original age there. */
@Injectable()
export class EscalateInquiry {
  constructor(@Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, note: string): Promise<InquiryRecord> {
    return this.act.execute(id, user, (row) => {
      if (row.queue === 'second-line') return new WorkRefused('conflict', `${id} is already in the second line`);
      return {
        set: { status: 'queued', queue: 'second-line', assigned_to: null, assigned_at: null },
        history: { event: 'escalated', actor: user.username, details: { from: row.queue, queue: 'second-line', note } },
        outbox: [workEvent('escalated', { inquiryId: id, queue: 'second-line', adviser: row.assignedTo, actor: user.username, note, details: { from: row.queue } })],
        requeueTo: 'second-line',
      };
    });
  }
}
