import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { isRefusal, putBackInquiry } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';

/** The holder gives an accepted inquiry back to its queue, where it takes its original place. */
@Injectable()
export class PutBackInquiry {
  constructor(@Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, note?: string): Promise<InquiryRecord> {
    return this.act.execute(id, user, (row, actor) => {
      const putBack = putBackInquiry(row, actor, note);
      if (isRefusal(putBack)) return putBack;
      return {
        ...putBack,
        outbox: [
          workEvent('put-back', { inquiryId: id, queue: row.queue, adviser: row.assignedTo, actor: user.username, ...(note && { note }) }),
        ],
        requeueTo: row.queue!,
      };
    });
  }
}
