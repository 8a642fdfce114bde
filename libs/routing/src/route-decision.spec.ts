import type { RoutingDecision } from '@inquiry-router/contracts';
import { routeDecision, toFirstLineWithoutAgreement, UnroutableDecision } from './route-decision';

const agencies = new Set(['skd', 'nav']);

describe('routeDecision', () => {
  it.each(['first-line', 'second-line', 'servicedesk'] as const)('enqueues %s in the queue of that name', (target) => {
    expect(routeDecision({ target }, agencies)).toEqual({ action: 'enqueue', queue: target });
  });

  it('forwards an agency target to that agency', () => {
    expect(routeDecision({ target: 'agency:skd' }, agencies)).toEqual({ action: 'forward', agency: 'skd' });
  });

  it('refuses an agency without an agreement', () => {
    expect(() => routeDecision({ target: 'agency:xyz' }, agencies)).toThrow(UnroutableDecision);
  });
});

describe('toFirstLineWithoutAgreement', () => {
  const decision: RoutingDecision = {
    target: 'agency:xyz',
    kind: 'subject-matter',
    category: null,
    agency: 'xyz',
    caseType: null,
    confidence: 0.8,
    reasons: ['Agreement xyz.'],
    reasonCodes: [{ code: 'agreement-by-subject', params: { agency: 'xyz', name: 'Xyz' } }],
    policyVersion: 'p1',
  };

  it('sends the decision to the first line with the reason after the classifier’s, and keeps the rest', () => {
    expect(toFirstLineWithoutAgreement(decision)).toEqual({
      ...decision,
      target: 'first-line',
      agency: null,
      reasons: ['Agreement xyz.', 'No agreement with xyz is in force: the first line takes the inquiry.'],
      reasonCodes: [...decision.reasonCodes!, { code: 'agency-without-agreement', params: { agency: 'xyz' } }],
    });
  });

  it('adds no code to a decision made without codes', () => {
    expect(toFirstLineWithoutAgreement({ ...decision, reasonCodes: undefined }).reasonCodes).toBeUndefined();
  });
});
