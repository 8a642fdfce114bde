import { Body, Controller, ForbiddenException, Get, HttpCode, Inject, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles, RolesGuard } from '@inquiry-router/access';
import { ReclassificationAccepted, reclassificationHttpError, toReclassificationAccepted } from '../inquiries/reclassification.responses';
import { AgencyInquiryView, toAgencyInquiryView } from './agency-inquiry.view';
import { ReturnInquiryRequest } from './return-inquiry.request';
import { AgencyInquiries, ReturnInquiry } from './return-inquiry.use-case';

/** The agency whose account is calling; an agency account always has one. */
function agencyOf(user: AuthenticatedUser): string {
  if (!user.agency) throw new ForbiddenException('this account acts for no agency');
  return user.agency;
}

/** The agencies' view: inquiries forwarded to the caller's agency, and sending one back as not theirs. */
@ApiTags('agency')
@ApiBearerAuth()
@UseGuards(RolesGuard)
@Controller('api/agency/inquiries')
export class AgencyInquiriesController {
  constructor(
    @Inject(AgencyInquiries) private readonly inquiries: AgencyInquiries,
    @Inject(ReturnInquiry) private readonly returnInquiry: ReturnInquiry,
  ) {}

  @Get(':id')
  @Roles('agency')
  @ApiOkResponse({ type: AgencyInquiryView })
  @ApiNotFoundResponse({ description: 'no inquiry of that id is forwarded to the caller\'s agency' })
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<AgencyInquiryView> {
    try {
      return toAgencyInquiryView(await this.inquiries.find(agencyOf(user), id));
    } catch (error) {
      throw reclassificationHttpError(error);
    }
  }

  /** "Not ours": the inquiry goes to first-line triage, and the return is kept as a labelled example. */
  @Post(':id/return')
  @HttpCode(202)
  @Roles('agency')
  @ApiAcceptedResponse({ type: ReclassificationAccepted, description: 'published to inquiry.reclassified.v1; the router sends it to first-line' })
  @ApiBadRequestResponse({ description: 'the reason is missing, shorter than 3 or longer than 1000 characters' })
  @ApiNotFoundResponse({ description: 'no inquiry of that id is forwarded to the caller\'s agency' })
  @ApiServiceUnavailableResponse({ description: 'Kafka did not take the return; nothing was recorded' })
  async return(@Param('id') id: string, @Body() body: ReturnInquiryRequest, @CurrentUser() user: AuthenticatedUser): Promise<ReclassificationAccepted> {
    try {
      return toReclassificationAccepted(await this.returnInquiry.execute(agencyOf(user), id, body.reason, user.username));
    } catch (error) {
      throw reclassificationHttpError(error);
    }
  }
}
