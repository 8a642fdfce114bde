import { Injectable } from '@nestjs/common';
import { agencyTarget, InquiryReclassified, RoutingDecision } from '@inquiry-router/contracts';
import { InquiryRecord } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { returnedDecision } from '@inquiry-router/routing';
import { Clock } from '@inquiry-router/runtime';
import { InquiryRecords } from '../workdesk.ports';
import { InquiryNotFound } from '../inquiries/reclassify-inquiry.use-case';
import { PublishReclassification } from '../inquiries/publish-reclassification';

/** An agency's own inquiries: only those forwarded to it exist for it, any other id is not found. */
@Injectable()
export class AgencyInquiries {
  constructor(private readonly inquiries: InquiryRecords) {}

  async find(agency: string, inquiryId: string): Promise<InquiryRecord> {
    const record = await this.inquiries.findForwardedTo(agency, inquiryId);
    if (!record?.decision) throw new InquiryNotFound(inquiryId);
    return record;
  }
}

/**
 * An agency sends back an inquiry forwarded to it as not its own: it goes to first-line triage,
 * and the agency's "not ours" is kept as an example of a wrong target.
 */
@Injectable()
export class ReturnInquiry {
  constructor(
    private readonly agencyInquiries: AgencyInquiries,
    private readonly policySource: RoutingPolicySource,
    private readonly publish: PublishReclassification,
    private readonly clock: Clock,
  ) {}

  async execute(agency: string, inquiryId: string, reason: string, actor: string): Promise<InquiryReclassified> {
    const { inquiry, decision: current } = await this.agencyInquiries.find(agency, inquiryId);
    const policy = this.policySource.current();
    const event: InquiryReclassified = {
      inquiryId,
      decision: returnedDecision({ agency, reason, policyVersion: policy.version }),
      previous: {
        target: current!.target as RoutingDecision['target'],
        agency: current!.agency,
        category: current!.category as RoutingDecision['category'],
        caseType: current!.caseType as RoutingDecision['caseType'],
      },
      source: 'agency-return',
      actor,
      reason,
      reclassifiedAt: this.clock.now().toISOString(),
    };
    await this.publish.execute(inquiry, { label: null, rejectedTarget: agencyTarget(agency) }, event);
    return event;
  }
}
