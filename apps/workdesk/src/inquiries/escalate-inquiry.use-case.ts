import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { escalateInquiry, isRefusal } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';

/** The holder sends an accepted inquiry to the second line with a note; it keeps its original age there. */
@Injectable()
export class EscalateInquiry {
  constructor(@Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, note: string): Promise<InquiryRecord> {
    return this.act.execute(id, user, (row, actor) => {
      const escalated = escalateInquiry(row, actor, note);
      if (isRefusal(escalated)) return escalated;
      return {
        ...escalated,
        outbox: [
          workEvent('escalated', {
            inquiryId: id,
            queue: 'second-line',
            adviser: row.assignedTo,
            actor: user.username,
            note,
            details: { from: row.queue },
          }),
        ],
        requeueTo: 'second-line',
      };
    });
  }
}
