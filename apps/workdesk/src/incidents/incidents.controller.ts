import { Body, Param } from '@nestjs/common';
import { DomainError, IncidentResolutionView, LinkedInquiryView, NoticeIdPattern } from '@inquiry-router/contracts';
import { AuthenticatedUser, CurrentUser, Endpoint, RoleSet, Supervisors, SupportStaff } from '@inquiry-router/access';
import { ApiController } from '@inquiry-router/runtime';
import { IncidentLinkList, IncidentResolutions } from './incidents.ports';
import { IncidentResolutionRequest } from './incident-resolution.request';
import { resolutionView, StartIncidentResolution } from './start-incident-resolution.use-case';

/** Who reads the inquiries linked to an incident: the support staff who answer them, and the operators who run it. */
const IncidentReaders: RoleSet = [...SupportStaff, 'operator'];

function checkedId(id: string): string {
  if (!NoticeIdPattern.test(id)) throw new DomainError('not-found', `no notice ${id} (notice ids look like DRIFT-00001)`);
  return id;
}

/** The inquiries linked to incidents, and answering them at once when an incident is resolved. */
@ApiController('notices')
export class IncidentsController {
  constructor(
    private readonly links: IncidentLinkList,
    private readonly resolutions: IncidentResolutions,
    private readonly startResolution: StartIncidentResolution,
  ) {}

  /** The inquiries linked to the incident, oldest link first. */
  @Endpoint('GET', ':id/inquiries', IncidentReaders, {
    ok: { description: 'LinkedInquiryView[]: {inquiryId, channel, status, linkedAt, answeredAt}' },
    notFound: true,
  })
  async inquiries(@Param('id') id: string): Promise<LinkedInquiryView[]> {
    const linked = await this.links.linkedInquiries(checkedId(id));
    if (!linked) throw new DomainError('not-found', `no notice ${id}`);
    return linked.map((l) => ({
      inquiryId: l.inquiryId,
      channel: l.channel,
      status: l.status,
      linkedAt: l.linkedAt.toISOString(),
      answeredAt: l.answeredAt?.toISOString() ?? null,
    }));
  }

  /**
   * Answers every still-open inquiry linked to the resolved incident with `text` (in each
   * inquirer's language where written, else bokmål) and resolves it; runs in the background.
   */
  @Endpoint('POST', ':id/resolution', Supervisors, {
    accepted: { description: 'IncidentResolutionView: started, follow it with GET' },
    notFound: true,
    conflict: 'the incident is not resolved, or its inquiries are being or were answered already',
  })
  async start(
    @Param('id') id: string,
    @Body() body: IncidentResolutionRequest,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<IncidentResolutionView> {
    return this.startResolution.execute(checkedId(id), { ...body.text }, user.username);
  }

  /** How far answering the incident's linked inquiries got. */
  @Endpoint('GET', ':id/resolution', IncidentReaders, {
    ok: { description: 'IncidentResolutionView' },
    notFound: 'no such notice, or no resolution was started',
  })
  async resolution(@Param('id') id: string): Promise<IncidentResolutionView> {
    const found = await this.resolutions.find(checkedId(id));
    if (!found) throw new DomainError('not-found', `no resolution was started for ${id}`);
    return resolutionView(found);
  }
}
