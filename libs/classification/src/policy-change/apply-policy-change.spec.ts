import { defaultPolicy } from '../default-policy/default-policy';
import { AgencyAgreement } from '../policy';
import { applyPolicyChange, validatePolicyChange } from './apply-policy-change';

const agreement = (code: string): AgencyAgreement => structuredClone(defaultPolicy.agencies.find((a) => a.code === code)!);

describe('applyPolicyChange', () => {
  it('replaces a whole agreement by code, in place, and leaves the base untouched', () => {
    const skd = agreement('skd');
    skd.vocabulary.strong = [...(skd.vocabulary.strong ?? []), 'fiskeavgift*'];
    const before = JSON.stringify(defaultPolicy);

    const result = applyPolicyChange(defaultPolicy, { agencies: [skd] });

    expect(result.agencies.map((a) => a.code)).toEqual(defaultPolicy.agencies.map((a) => a.code));
    expect(result.agencies[0].vocabulary.strong).toContain('fiskeavgift*');
    expect(result.agencies[1]).toEqual(defaultPolicy.agencies[1]);
    expect(result.version).toBe(defaultPolicy.version);
    expect(JSON.stringify(defaultPolicy)).toBe(before);
    // Nothing shared: changing the result cannot reach the base.
    result.agencies[1].vocabulary.strong!.push('x');
    expect(defaultPolicy.agencies[1].vocabulary.strong).not.toContain('x');
  });

  it('adds an agreement with a new code at the end and removes named ones', () => {
    const nkom = { ...agreement('svv'), code: 'nkom', name: 'Nasjonal kommunikasjonsmyndighet', orgNumber: '974446871' };
    const result = applyPolicyChange(defaultPolicy, { agencies: [nkom], removeAgencies: ['ldir'] });
    expect(result.agencies.map((a) => a.code)).toEqual(['skd', 'brg', 'nav', 'ssb', 'svv', 'mat', 'atil', 'nkom']);
  });

  it('sets the threshold and one desk’s contact points, keeping the other', () => {
    const support = { emails: ['hjelp@portal.example'], phones: ['+4722000000'], socialAccounts: [] };
    const result = applyPolicyChange(defaultPolicy, { confidenceThreshold: 0.6, contactPoints: { support } });
    expect(result.confidenceThreshold).toBe(0.6);
    expect(result.contactPoints.support).toEqual(support);
    expect(result.contactPoints.servicedesk).toEqual(defaultPolicy.contactPoints.servicedesk);
  });
});

describe('validatePolicyChange', () => {
  it('accepts a sensible change', () => {
    expect(validatePolicyChange(defaultPolicy, { agencies: [agreement('nav')], removeAgencies: ['ldir'] })).toEqual([]);
  });

  it('refuses removing an unknown agreement, replacing and removing one, and changing one twice', () => {
    const problems = validatePolicyChange(defaultPolicy, {
      agencies: [agreement('nav'), agreement('nav')],
      removeAgencies: ['nope', 'nav'],
    });
    expect(problems.map((p) => p.path)).toEqual(['change.agencies[1].code', 'change.removeAgencies[0]', 'change.removeAgencies[1]']);
  });

  it('refuses a change that changes nothing', () => {
    expect(validatePolicyChange(defaultPolicy, {})).toEqual([{ path: 'change', message: 'the change changes nothing' }]);
  });
});
