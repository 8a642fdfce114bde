import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@inquiry-router/access';
import { DomainError, Inquiry, InquiryForwarded, RoutingDecision, Topics } from '@inquiry-router/contracts';
import { InquiryRecord, WorkRow } from '@inquiry-router/persistence';
import { RoutingPolicySource } from '@inquiry-router/routing-policy-source';
import { Clock } from '@inquiry-router/runtime';
import { ActOnHeldInquiry } from '../work/act-on-held-inquiry';
import { workEvent } from '../work/work-events';
import { WorkRefused } from '../work/work-refused';

/** Raised for an agency without an agreement in the policy in force. */
export class UnknownAgency extends DomainError {
  constructor(message: string) {
    super('invalid', message);
  }
}

function inquiryOf(raw: Record<string, unknown>): Inquiry {
  const r = raw as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    id: r.id,
    channel: r.channel,
    receivedAt: new Date(r.received_at).toISOString(),
    from: r.sender,
    to: r.to_address,
    ...(r.subject !== null && { subject: r.subject }),
    body: r.body,
    ...(r.language !== null && { language: r.language }),
    ...(r.service_code !== null && { serviceCode: r.service_code }),
    ...(r.thread_ref !== null && { threadRef: r.thread_ref }),
    attachments: r.attachments ?? [],
  };
}

/**
 * The holder forwards an accepted inquiry to an agency with a note: the decision in force becomes
 * the agency's, and `inquiry.forwarded.v1` goes out as when the router forwards (the agency
 * delivery takes it from there), together with the work event, from the same transaction.
 */
@Injectable()
export class ForwardInquiry {
  constructor(
    @Inject(ActOnHeldInquiry) private readonly act: ActOnHeldInquiry,
    @Inject(RoutingPolicySource) private readonly policy: RoutingPolicySource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(id: string, user: AuthenticatedUser, agency: string, note: string): Promise<InquiryRecord> {
    const inForce = this.policy.current();
    const agencies = this.policy.agencies().map((a) => a.code);
    if (!agencies.includes(agency)) throw new UnknownAgency(`no agency "${agency}" in the policy in force; agencies are ${agencies.join(', ')}`);
    return this.act.execute(id, user, (row: WorkRow) => {
      const previous = (row.decision ?? {}) as { reasons?: string[]; policy_version?: string };
      const reasons = [...(previous.reasons ?? []), `forwarded to ${agency} by ${user.username}: ${note}`];
      const decision: RoutingDecision = {
        target: `agency:${agency}`,
        kind: 'subject-matter',
        category: null,
        agency,
        caseType: null,
        confidence: 1,
        reasons,
        policyVersion: previous.policy_version ?? inForce.version,
      };
      const forwarded: InquiryForwarded = { agency, inquiry: inquiryOf(row.raw), decision, forwardedAt: this.clock.now().toISOString() };
      if (row.agency === agency && row.status === 'forwarded') return new WorkRefused('conflict', `${id} is already forwarded to ${agency}`);
      return {
        set: { status: 'forwarded', agency, queue: null, assigned_to: null, assigned_at: null },
        decision: { target: decision.target, kind: decision.kind, category: null, agency, caseType: null, reasons },
        history: { event: 'forwarded', actor: user.username, details: { agency, note, from: row.queue } },
        outbox: [
          { topic: Topics.InquiryForwarded, key: agency, payload: forwarded },
          workEvent('forwarded', { inquiryId: id, queue: null, adviser: row.assignedTo, actor: user.username, agency, note, details: { from: row.queue } }),
        ],
      };
    });
  }
}
