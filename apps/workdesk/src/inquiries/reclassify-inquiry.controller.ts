import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles, SupportStaff } from '@inquiry-router/access';
import { ReclassifyInquiryRequest } from './reclassify-inquiry.request';
import { ReclassifyInquiry } from './reclassify-inquiry.use-case';
import { ReclassificationAccepted, toReclassificationAccepted } from './reclassification.responses';

@ApiTags('inquiries')
@Controller('api/inquiries')
export class ReclassifyInquiryController {
  constructor(@Inject(ReclassifyInquiry) private readonly reclassify: ReclassifyInquiry) {}

  /** Corrects the decision: the router re-routes the inquiry, and the correction is kept as a labelled example. */
  @Post(':id/reclassify')
  @HttpCode(202)
  @Roles(SupportStaff)
  @ApiAcceptedResponse({ type: ReclassificationAccepted, description: 'published to inquiry.reclassified.v1; the router re-routes it' })
  @ApiBadRequestResponse({ description: 'the target is unknown, lacks (or has a stray) category or caseType, or the reason is missing' })
  @ApiNotFoundResponse({ description: 'no such inquiry' })
  @ApiConflictResponse({
    description: 'the inquiry is resolved, a reply in a conversation, held by another adviser, or already goes there',
  })
  async correct(
    @Param('id') id: string,
    @Body() body: ReclassifyInquiryRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReclassificationAccepted> {
    return toReclassificationAccepted(await this.reclassify.execute(id, body, user));
  }
}
