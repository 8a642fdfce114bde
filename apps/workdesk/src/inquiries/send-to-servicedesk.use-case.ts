import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import type { CaseType } from '@inquiry-router/contracts';
import { sendInquiryToServicedesk } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';

/**
 * The holder sends an accepted inquiry to the service desk as a case of the given type. It waits
 * in the servicedesk queue; the `sent-to-servicedesk` work event carries the case type, from which
 * the service desk opens its case.
 */
@Injectable()
export class SendToServicedesk {
  constructor(private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, caseType: CaseType, note: string): Promise<InquiryRecord> {
    return this.act.move(id, user, { event: 'sent-to-servicedesk', to: 'servicedesk', caseType, note }, (row, actor) =>
      sendInquiryToServicedesk(row, actor, caseType, note),
    );
  }
}
