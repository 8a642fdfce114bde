import { Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, isQueueName, QueueNames } from '@inquiry-router/contracts';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { InquiryView } from '../inquiries/inquiry.view';
import { ClaimReadVia, ClaimWork } from '../work/claim-work.use-case';
import { claimResponse } from '../work/claim-response';
import { ReadsPersonalDataLoggedByWrite } from '../personal-data-reads/reads-personal-data.decorator';

@ApiController('queues')
export class QueuesController {
  constructor(private readonly claimWork: ClaimWork) {}

  /** The best inquiry of the queue the caller may take, now reserved for them until `reservedUntil`; 204 when none waits. */
  @Endpoint('POST', ':queue/claim', Advisers, {
    ok: { type: InquiryView, description: 'reserved for the caller: accept it before reservedUntil' },
    noContent: { description: 'nothing the caller may take waits in the queue' },
    conflict: 'the caller is at capacity in every channel, or away',
    forbidden: 'the caller is not skilled for this queue',
  })
  @ReadsPersonalDataLoggedByWrite(ClaimReadVia)
  async claim(
    @Param('queue') queue: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InquiryView | undefined> {
    if (!isQueueName(queue)) throw new DomainError('not-found', `no queue "${queue}"; queues are ${QueueNames.join(', ')}`);
    return claimResponse(this.claimWork.execute(user, queue), res);
  }
}
