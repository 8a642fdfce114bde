import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { putBackInquiry } from '@inquiry-router/inquiry';
import type { InquiryRecord } from '@inquiry-router/persistence';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';

/** The holder gives an accepted inquiry back to its queue, where it takes its original place. */
@Injectable()
export class PutBackInquiry {
  constructor(private readonly act: ActOnHeldInquiry) {}

  execute(id: string, user: AuthenticatedUser, note?: string): Promise<InquiryRecord> {
    return this.act.move(id, user, { event: 'put-back', to: null, note }, (row, actor) => putBackInquiry(row, actor, note));
  }
}
