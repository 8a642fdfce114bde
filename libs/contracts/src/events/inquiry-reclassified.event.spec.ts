import { ContractViolation, parseContract } from '../validation';
import { InquiryReclassified } from './inquiry-reclassified.event';

const valid = {
  inquiryId: 'inq-1',
  decision: {
    target: 'first-line',
    kind: 'technical',
    category: 'other',
    agency: null,
    caseType: null,
    confidence: 0,
    reasons: ["Returned by skd as not ours: sick pay is NAV's"],
    policyVersion: 'default-2026-01',
  },
  previous: { target: 'agency:skd', agency: 'skd', category: null, caseType: null },
  source: 'agency-return',
  actor: 'skd',
  reason: "sick pay is NAV's",
  reclassifiedAt: '2026-11-24T10:00:00.000Z',
};

describe('InquiryReclassified', () => {
  it('parses a valid change of decision', () => {
    const event = parseContract(InquiryReclassified, valid);
    expect(event.previous.target).toBe('agency:skd');
    expect(event.decision.target).toBe('first-line');
  });

  it('names every offending field', () => {
    const bad = {
      ...valid,
      source: 'guess',
      reason: 'x',
      previous: { target: 'nowhere' },
      decision: { ...valid.decision, target: 'agency:' },
    };
    expect(() => parseContract(InquiryReclassified, bad)).toThrow(ContractViolation);
    const details = (() => {
      try {
        parseContract(InquiryReclassified, bad);
        return '';
      } catch (e) {
        return (e as ContractViolation).details.join('\n');
      }
    })();
    expect(details).toMatch(/^source/m);
    expect(details).toMatch(/^reason/m);
    expect(details).toMatch(/^previous\.target/m);
    expect(details).toMatch(/^decision\.target/m);
  });
});
