import { classifyInquiry } from '../classify-inquiry';
import { ClassificationResult, InquiryText } from '../classification-result';
import { defaultPolicy } from '../default-policy/default-policy';
import { RoutingPolicy } from '../policy';
import { applyPolicyChange } from './apply-policy-change';
import { describeOutcome, PolicySimulation, RecordedInquiry, simulatePolicyChange } from './simulate-policy-change';

const mail = (id: string, body: string): RecordedInquiry => ({
  id,
  channel: 'email',
  to: 'brukerservice@altinn.example',
  subject: 'Avgift',
  body,
});

describe('simulatePolicyChange with the rule-based classifier', () => {
  const skd = structuredClone(defaultPolicy.agencies[0]);
  skd.vocabulary.strong = [...(skd.vocabulary.strong ?? []), 'fiskeavgift*'];
  const draft = applyPolicyChange(defaultPolicy, { agencies: [skd] });

  const fish = [
    mail('fish-1', 'Hvilken sats gjelder for fiskeavgift når vi leverer til utlandet?'),
    mail('fish-2', 'Hvilken sats for fiskeavgiften gjelder for torsk i år?'),
  ];
  const unrelated = [
    mail('login', 'Hei, jeg får ikke logget inn i portalen med BankID. Hva gjør jeg?'),
    mail('employer', 'Hvilken sats for arbeidsgiveravgift gjelder i sone 3?'),
  ];

  it('counts only the decisions the draft changes, with the transition and examples', () => {
    const before = fish.map((i) => describeOutcome(classifyInquiry(i, defaultPolicy)));
    expect(before.every((o) => !o.startsWith('agency:skd'))).toBe(true);

    const result = simulatePolicyChange([...unrelated, ...fish], defaultPolicy, draft, classifyInquiry);

    expect(result.replayed).toBe(4);
    expect(result.changed).toBe(2);
    expect(result.targetChanged).toBe(2);
    expect(result.transitions.every((t) => t.to === 'agency:skd')).toBe(true);
    expect(result.transitions.reduce((n, t) => n + t.count, 0)).toBe(2);
    expect(result.examples.map((e) => e.inquiryId).sort()).toEqual(['fish-1', 'fish-2']);
    expect(result.examples[0].reasons.join(' ')).toMatch(/fiskeavgift/);
  });

  it('finds nothing when the draft is the current policy', () => {
    const result = simulatePolicyChange([...unrelated, ...fish], defaultPolicy, structuredClone(defaultPolicy), classifyInquiry);
    expect(result).toEqual({ replayed: 4, changed: 0, targetChanged: 0, transitions: [], examples: [] });
  });
});

describe('PolicySimulation bookkeeping', () => {
  // A classify that reads the outcome from the policy version, so counting can be checked exactly.
  const outcomes: Record<string, Record<string, Partial<ClassificationResult>>> = {
    current: {
      a: { target: 'first-line', category: 'other' },
      b: { target: 'first-line', category: 'login' },
      c: { target: 'agency:nav' },
    },
    draft: { a: { target: 'agency:skd' }, b: { target: 'first-line', category: 'other' }, c: { target: 'agency:nav' } },
  };
  const classify = (inquiry: InquiryText, policy: RoutingPolicy): ClassificationResult => ({
    kind: 'technical',
    category: null,
    agency: null,
    caseType: null,
    confidence: 0.9,
    reasons: [`${policy.version}:${inquiry.body}`],
    reasonCodes: [{ code: 'portal-question', params: {} }],
    policyVersion: policy.version,
    language: 'nb',
    target: 'first-line',
    ...outcomes[policy.version][inquiry.body[0]],
  });
  const current = { ...defaultPolicy, version: 'current' };
  const draft = { ...defaultPolicy, version: 'draft' };
  const recorded = (n: number, kind: string) => Array.from({ length: n }, (_, i) => mail(`${kind}-${i}`, `${kind}${i}`));

  it('sorts transitions by count, keeps K examples each, and separates category from target changes', () => {
    const simulation = new PolicySimulation(current, draft, classify, 2);
    simulation.add(recorded(3, 'a'));
    simulation.add(recorded(5, 'b'));
    simulation.add(recorded(4, 'c'));
    const result = simulation.result();
    expect(result.replayed).toBe(12);
    expect(result.changed).toBe(8);
    expect(result.targetChanged).toBe(3);
    expect(result.transitions).toEqual([
      { from: 'first-line (login)', to: 'first-line (other)', count: 5 },
      { from: 'first-line (other)', to: 'agency:skd', count: 3 },
    ]);
    expect(result.examples).toEqual([
      { inquiryId: 'b-0', from: 'first-line (login)', to: 'first-line (other)', reasons: ['draft:b0'] },
      { inquiryId: 'b-1', from: 'first-line (login)', to: 'first-line (other)', reasons: ['draft:b1'] },
      { inquiryId: 'a-0', from: 'first-line (other)', to: 'agency:skd', reasons: ['draft:a0'] },
      { inquiryId: 'a-1', from: 'first-line (other)', to: 'agency:skd', reasons: ['draft:a1'] },
    ]);
  });
});

describe('describeOutcome', () => {
  it('labels queue, category and case type', () => {
    expect(describeOutcome({ target: 'agency:skd', category: null, caseType: null })).toBe('agency:skd');
    expect(describeOutcome({ target: 'second-line', category: 'login', caseType: null })).toBe('second-line (login)');
    expect(describeOutcome({ target: 'servicedesk', category: 'integration', caseType: 'feil' })).toBe('servicedesk (integration, feil)');
  });
});
