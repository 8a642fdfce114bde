import { Inquiry, InquiryClassified, RoutingDecision } from '@inquiry-router/contracts';
import { freshId } from './test-pipeline';

/** A plausible inquiry with a fresh id; fields can be overridden. */
export function anInquiry(overrides: Partial<Inquiry> = {}): Inquiry {
  return {
    id: freshId('inq'),
    channel: 'email',
    receivedAt: new Date().toISOString(),
    from: { name: 'Test Person', email: 'test.person@example.no' },
    to: 'brukerservice@altinn.example',
    subject: 'Innlogging',
    body: 'Hei, jeg får ikke logget inn i portalen med BankID. Hva gjør jeg?',
    ...overrides,
  };
}

export function aDecision(target: RoutingDecision['target'], overrides: Partial<RoutingDecision> = {}): RoutingDecision {
  const agency = target.startsWith('agency:') ? target.slice(7) : null;
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
