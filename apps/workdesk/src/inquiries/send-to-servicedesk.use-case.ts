import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import type { CaseType } from '@inquiry-router/contracts';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';
import { WorkRefused } from '../work/work-refused';

/**
 * The holder sends an accepted inquiry to the service desk as a case of the given type. It waits
 * in the servicedesk queue; the `sent-to-servicedesk` work event carries the case type, from which
 * the service desk opens its case.
 */
@Injectable()
export class SendToServicedesk {
  constructor(@Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, caseType: CaseType, note: string): Promise<InquiryRecord> {
    return this.act.execute(id, user, (row) => {
      if (row.queue === 'servicedesk') return new WorkRefused('conflict', `${id} is already with the service desk`);
      return {
        set: { status: 'queued', queue: 'servicedesk', assigned_to: null, assigned_at: null },
        history: { event: 'sent-to-servicedesk', actor: user.username, details: { from: row.queue, queue: 'servicedesk', caseType, note } },
        outbox: [workEvent('sent-to-servicedesk', { inquiryId: id, queue: 'servicedesk', adviser: row.assignedTo, actor: user.username, caseType, note, details: { from: row.queue } })],
        requeueTo: 'servicedesk',
      };
    });
  }
}
