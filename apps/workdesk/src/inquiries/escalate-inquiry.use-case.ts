import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { escalateInquiry } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';

/** The holder sends an accepted inquiry to the second line with a note; it keeps its original age there. */
@Injectable()
export class EscalateInquiry {
  constructor(@Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, note: string): Promise<InquiryRecord> {
    return this.act.move(id, user, { event: 'escalated', to: 'second-line', note }, (row, actor) => escalateInquiry(row, actor, note));
  }
}
