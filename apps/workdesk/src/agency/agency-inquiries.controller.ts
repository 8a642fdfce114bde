import { Body, Param, Query } from '@nestjs/common';
import { DomainError } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Endpoint } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { AgencyInbox } from '../workdesk.ports';
import { ReclassificationAccepted, toReclassificationAccepted } from '../inquiries/reclassification.responses';
import { AgencyInquiryView, toAgencyInquiryView } from './agency-inquiry.view';
import { ReturnInquiryRequest } from './return-inquiry.request';
import { AgencyInquiries, ReturnInquiry } from './return-inquiry.use-case';
import { AcknowledgementView, AgencyInquiryListItemView, AgencyInquiryListQuery, toAgencyInquiryListItemView } from './agency-inquiry-list';
import { AcknowledgeInquiry } from './acknowledge-inquiry.use-case';
import { AgencyAnswerView, AnswerAsAgencyRequest } from './answer-as-agency.request';
import { AnswerAsAgency } from './answer-as-agency.use-case';
import { oneInquiry, ReadsPersonalData } from '../personal-data-reads/reads-personal-data.decorator';

/** The agency whose account is calling; an agency account always has one. */
function agencyOf(user: AuthenticatedUser): string {
  if (!user.agency) throw new DomainError('forbidden', 'this account acts for no agency');
  return user.agency;
}

/** Another agency's inquiry is refused as an unknown one is, so the refusal tells nothing of it. */
const notForwardedHere = "no inquiry of that id is forwarded to the caller's agency";

/**
 * The agencies' view: inquiries forwarded to the caller's agency — listing, acknowledging and
 * answering them, or sending one back as not theirs. Any other agency's inquiry is a 404.
 */
@ApiController('agency', 'agency/inquiries')
export class AgencyInquiriesController {
  constructor(
    private readonly inquiries: AgencyInquiries,
    private readonly returnInquiry: ReturnInquiry,
    private readonly deliveries: AgencyInbox,
    private readonly acknowledgeInquiry: AcknowledgeInquiry,
    private readonly answerAsAgency: AnswerAsAgency,
  ) {}

  @Endpoint('GET', '', 'agency', {
    ok: { type: [AgencyInquiryListItemView], description: "the open inquiries forwarded to the caller's agency, oldest first" },
  })
  async list(@Query() query: AgencyInquiryListQuery, @CurrentUser() user: AuthenticatedUser): Promise<AgencyInquiryListItemView[]> {
    const items = await this.deliveries.listForAgency(agencyOf(user), {
      unacknowledged: query.unacknowledged ?? false,
      limit: query.limit,
    });
    return items.map(toAgencyInquiryListItemView);
  }

  @Endpoint('POST', ':id/acknowledge', 'agency', {
    ok: { type: AcknowledgementView },
    notFound: "no open inquiry of that id is forwarded to the caller's agency",
  })
  async acknowledge(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<AcknowledgementView> {
    const ack = await this.acknowledgeInquiry.execute(agencyOf(user), id, user.username);
    return { inquiryId: ack.inquiryId, acknowledgedAt: ack.acknowledgedAt.toISOString(), acknowledgedBy: ack.acknowledgedBy };
  }

  /** The answer goes to the inquirer through the inquiry's channel, and the inquiry is resolved. */
  @Endpoint('POST', ':id/answer', 'agency', {
    ok: { type: AgencyAnswerView, description: 'published to outbound.message.v1 (purpose answer); the inquiry is resolved' },
    badRequest: 'the text is missing, empty or longer than 20000 characters',
    notFound: notForwardedHere,
    conflict: 'the inquiry is already answered and resolved',
  })
  async answer(
    @Param('id') id: string,
    @Body() body: AnswerAsAgencyRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AgencyAnswerView> {
    return this.answerAsAgency.execute(agencyOf(user), id, body.text, user.username);
  }

  @Endpoint('GET', ':id', 'agency', {
    ok: {
      type: AgencyInquiryView,
      description: 'the inquiry alone, never the sender’s other contacts; logged as a read (via agency-inquiry)',
    },
    notFound: notForwardedHere,
  })
  @ReadsPersonalData('agency-inquiry', oneInquiry)
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<AgencyInquiryView> {
    return toAgencyInquiryView(await this.inquiries.find(agencyOf(user), id));
  }

  /** "Not ours": the inquiry goes to first-line triage, and the return is kept as a labelled example. */
  @Endpoint('POST', ':id/return', 'agency', {
    accepted: { type: ReclassificationAccepted, description: 'published to inquiry.reclassified.v1; the router sends it to first-line' },
    badRequest: 'the reason is missing, shorter than 3 or longer than 1000 characters',
    notFound: notForwardedHere,
  })
  async return(
    @Param('id') id: string,
    @Body() body: ReturnInquiryRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ReclassificationAccepted> {
    return toReclassificationAccepted(await this.returnInquiry.execute(agencyOf(user), id, body.reason, user.username));
  }
}
