import { Body, Param } from '@nestjs/common';
import { AuthenticatedUser, CurrentUser, Endpoint, SupportStaff } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { ReclassifyInquiryRequest } from './reclassify-inquiry.request';
import { ReclassifyInquiry } from './reclassify-inquiry.use-case';
import { ReclassificationAccepted, toReclassificationAccepted } from './reclassification.responses';

@ApiController('inquiries')
export class ReclassifyInquiryController {
  constructor(private readonly reclassify: ReclassifyInquiry) {}

  /** Corrects the decision: the router re-routes the inquiry, and the correction is kept as a labelled example. */
  @Endpoint('POST', ':id/reclassify', SupportStaff, {
    accepted: { type: ReclassificationAccepted, description: 'published to inquiry.reclassified.v1; the router re-routes it' },
    badRequest: 'the target is unknown, lacks (or has a stray) category or caseType, or the reason is missing',
    notFound: 'no such inquiry',
    conflict: 'the inquiry is resolved, a reply in a conversation, held by another adviser, or already goes there',
  })
  async correct(
    @Param('id') id: string,
    @Body() body: ReclassifyInquiryRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReclassificationAccepted> {
    return toReclassificationAccepted(await this.reclassify.execute(id, body, user));
  }
}
