import { Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Advisers, AuthenticatedUser, CurrentUser, Endpoint } from '@inquiry-router/access';
import type { HeldInquiryView } from '@inquiry-router/contracts';
import { ApiController } from '@inquiry-router/runtime';
import { HeldWork } from './work.ports';
import { InquiryView } from '../inquiries/inquiry.view';
import { HeldInquiryDoc, toHeldInquiryView } from './held-inquiry.view';
import { ClaimReadVia, ClaimWork } from './claim-work.use-case';
import { claimResponse } from './claim-response';
import { ClaimQuery } from './claim.query';
import { ReadsPersonalDataLoggedByWrite } from '../personal-data-reads/reads-personal-data.decorator';

@ApiController('work')
export class WorkController {
  constructor(
    private readonly claimWork: ClaimWork,
    private readonly overview: HeldWork,
  ) {}

  /** What the caller holds now: reserved for them (accept before `reservedUntil`) or accepted, oldest first. */
  @Endpoint('GET', 'mine', Advisers, { ok: { type: [HeldInquiryDoc], description: 'oldest first' } })
  async mine(@CurrentUser() user: AuthenticatedUser): Promise<HeldInquiryView[]> {
    return (await this.overview.heldBy(user.username)).map(toHeldInquiryView);
  }

  /**
   * Reserves for the caller the best inquiry they may take across the queues they are skilled
   * for (channel capacity and language respected); accept it before `reservedUntil`. A trainee
   * gets only the categories they train in; a category or queue whose required update the caller
   * has not confirmed is left out (named with `category`: refused, naming the update).
   */
  @Endpoint('POST', 'claim', Advisers, {
    ok: { type: InquiryView, description: 'reserved for the caller until reservedUntil' },
    noContent: { description: 'nothing the caller may take is waiting' },
    conflict: 'the caller is at capacity in every channel, or away',
    forbidden: 'the caller is skilled for no queue, must confirm an update first, or (with category) is not trained in it',
    badRequest: 'category not a technical category',
  })
  @ReadsPersonalDataLoggedByWrite(ClaimReadVia)
  async claim(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ClaimQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InquiryView | undefined> {
    return claimResponse(this.claimWork.execute(user, undefined, query.category), res);
  }
}
