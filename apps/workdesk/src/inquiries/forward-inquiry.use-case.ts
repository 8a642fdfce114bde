import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { agencyTarget, DomainError, InquiryForwarded, RoutingDecision, Topics, withAddedReasons } from '@inquiry-router/contracts';
import { forwardInquiry, isRefusal } from '@inquiry-router/inquiry';
import { InquiryRecord } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { Clock } from '@inquiry-router/runtime';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';

/** Raised for an agency without an agreement in the policy in force. */
export class UnknownAgency extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

/**
 * The holder forwards an accepted inquiry to an agency with a note: the decision in force becomes
 * the agency's, and `inquiry.forwarded.v1` goes out as when the router forwards (the agency
 * delivery takes it from there), together with the work event, from the same transaction.
 */
@Injectable()
export class ForwardInquiry {
  constructor(
    private readonly act: ActOnHeldInquiry,
    private readonly policy: RoutingPolicySource,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, user: AuthenticatedUser, agency: string, note: string): Promise<InquiryRecord> {
    const inForce = this.policy.current();
    const agencies = this.policy.agencies().map((a) => a.code);
    if (!agencies.includes(agency))
      throw new UnknownAgency(`no agency "${agency}" in the policy in force; agencies are ${agencies.join(', ')}`);
    return this.act.execute(id, user, (row, actor) => {
      const forwarded = forwardInquiry(row, actor, agency, note);
      if (isRefusal(forwarded)) return forwarded;
      const { reasons, reasonCodes } = withAddedReasons(row.decision ?? { reasons: [], reasonCodes: [] }, [
        {
          text: `forwarded to ${agency} by ${user.username}: ${note}`,
          reason: { code: 'forwarded-by-adviser', params: { agency, actor: user.username, note } },
        },
      ]);
      const decision: RoutingDecision = {
        target: agencyTarget(agency),
        kind: 'subject-matter',
        category: null,
        agency,
        caseType: null,
        confidence: 1,
        reasons,
        reasonCodes,
        policyVersion: row.decision?.policyVersion ?? inForce.version,
      };
      const event: InquiryForwarded = { agency, inquiry: row.inquiry, decision, forwardedAt: this.clock.now().toISOString() };
      return {
        ...forwarded,
        decision: { target: decision.target, kind: decision.kind, category: null, agency, caseType: null, reasons, reasonCodes },
        outbox: [
          { topic: Topics.InquiryForwarded, key: agency, payload: event },
          workEvent('forwarded', {
            inquiryId: id,
            queue: null,
            adviser: row.assignedTo,
            actor: user.username,
            agency,
            note,
            details: { from: row.queue },
          }),
        ],
      };
    });
  }
}
