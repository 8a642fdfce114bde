import { parseContract } from '../validation';
import { RoutingDecision, withAddedReasons } from './routing-decision';

const decision: RoutingDecision = {
  target: 'first-line',
  kind: 'technical',
  category: 'login',
  agency: null,
  caseType: null,
  confidence: 0.8,
  reasons: ['Portal question: how to use the portal rather than what to answer.'],
  reasonCodes: [{ code: 'portal-question', params: {} }],
  policyVersion: 'v1',
};
const diverted = {
  text: 'diverted from first-line to second-line: expected wait 40 min',
  reason: { code: 'diverted' as const, params: { from: 'first-line', to: 'second-line', expectedWaitMinutes: 40 } },
};

describe('RoutingDecision reason codes', () => {
  it('reads a decision with its codes, and one made before codes without them', () => {
    expect(parseContract(RoutingDecision, decision).reasonCodes).toEqual(decision.reasonCodes);
    const { reasonCodes: _, ...before } = decision;
    expect(parseContract(RoutingDecision, before).reasonCodes).toBeUndefined();
  });

  it('refuses a code outside the closed list, or without its values', () => {
    expect(() => parseContract(RoutingDecision, { ...decision, reasonCodes: [{ code: 'made-up', params: {} }] })).toThrow(
      /code must be one of/,
    );
    expect(() => parseContract(RoutingDecision, { ...decision, reasonCodes: [{ code: 'portal-question' }] })).toThrow(/params/);
  });

  it('adds a reason to text and codes alike', () => {
    const added = withAddedReasons(decision, [diverted]);
    expect(added.reasons).toEqual([...decision.reasons, diverted.text]);
    expect(added.reasonCodes).toEqual([...decision.reasonCodes!, diverted.reason]);
  });

  it('adds no codes to a decision made without them, so no code stands beside another reason', () => {
    const { reasonCodes: _, ...before } = decision;
    const added = withAddedReasons<RoutingDecision>(before, [diverted]);
    expect(added.reasons).toHaveLength(2);
    expect(added.reasonCodes).toBeUndefined();
  });
});
