import { agencyOfTarget, Inquiry, InquiryClassified, InquiryParty, RoutingDecision } from '@inquiry-router/contracts';
import { freshId } from './test-pipeline';

/** The sender of each inquiry made here, so that a reply to one comes from its sender. */
const senders = new Map<string, InquiryParty>();

/**
 * A plausible inquiry with a fresh id, from a person of its own (the router recognises people by
 * their address: test inquiries from one address would be one person's repeat contacts); a reply
 * (`threadRef` to an inquiry made here) comes from the sender of the inquiry it refers to. Fields
 * can be overridden.
 */
export function anInquiry(overrides: Partial<Inquiry> = {}): Inquiry {
  const id = overrides.id ?? freshId('inq');
  const from = overrides.from ??
    (overrides.threadRef ? senders.get(overrides.threadRef) : undefined) ?? {
      name: 'Test Person',
      email: `${freshId('test.person')}@example.no`,
    };
  senders.set(id, from);
  return {
    id,
    channel: 'email',
    receivedAt: new Date().toISOString(),
    to: 'brukerservice@altinn.example',
    subject: 'Innlogging',
    body: 'Hei, jeg får ikke logget inn i portalen med BankID. Hva gjør jeg?',
    ...overrides,
    from,
  };
}

export function aDecision(target: RoutingDecision['target'], overrides: Partial<RoutingDecision> = {}): RoutingDecision {
  const agency = agencyOfTarget(target);
  return {
    target,
    kind: agency ? 'subject-matter' : 'technical',
    category: agency ? null : 'login',
    agency,
    caseType: target === 'servicedesk' ? 'support' : null,
    confidence: 0.9,
    reasons: ['test decision'],
    policyVersion: 'test',
    ...overrides,
  };
}

export function aClassified(target: RoutingDecision['target'], inquiry: Inquiry = anInquiry()): InquiryClassified {
  return { inquiry, decision: aDecision(target), classifiedAt: new Date().toISOString() };
}
