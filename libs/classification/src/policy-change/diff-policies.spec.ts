import { defaultPolicy } from '../default-policy/default-policy';
import { RoutingPolicy } from '../policy';
import { diffPolicies } from './diff-policies';

const copy = (): RoutingPolicy => structuredClone(defaultPolicy);

describe('diffPolicies', () => {
  it('finds nothing between equal documents, whatever their version label', () => {
    expect(diffPolicies(defaultPolicy, { ...copy(), version: '2030-01-01.1' })).toEqual([]);
  });

  it('reads an added and a removed vocabulary term as such', () => {
    const draft = copy();
    const strong = draft.agencies[0].vocabulary.strong!;
    strong.splice(strong.indexOf('vat'), 1);
    strong.push('fiskeavgift*');
    expect(diffPolicies(defaultPolicy, draft)).toEqual([
      {
        path: 'agencies.skd.vocabulary.strong',
        before: defaultPolicy.agencies[0].vocabulary.strong,
        after: strong,
        added: ['fiskeavgift*'],
        removed: ['vat'],
      },
    ]);
  });

  it('names scalar fields, exception terms and a missing optional list', () => {
    const draft = copy();
    draft.confidenceThreshold = 0.6;
    draft.agencies[2].orgNumber = '889640783';
    draft.agencies[0].exceptions[1].terms.push('innlogging ~ skattemelding');
    draft.agencies[3].examples = [{ text: 'Hvorfor er vi trukket ut?' }];
    const diff = diffPolicies(defaultPolicy, draft);
    expect(diff.map((d) => d.path)).toEqual([
      'confidenceThreshold',
      'agencies.skd.exceptions[1].terms',
      'agencies.nav.orgNumber',
      'agencies.ssb.examples',
    ]);
    expect(diff[0]).toEqual({ path: 'confidenceThreshold', before: 0.5, after: 0.6 });
    expect(diff[1].added).toEqual(['innlogging ~ skattemelding']);
    expect(diff[3]).toMatchObject({ before: null, after: [{ text: 'Hvorfor er vi trukket ut?' }] });
  });

  it('shows an added and a removed agreement whole, and a reordering', () => {
    const draft = copy();
    const [skd, brg] = draft.agencies;
    const ldir = draft.agencies.pop()!;
    draft.agencies[0] = brg;
    draft.agencies[1] = skd;
    draft.agencies.push({ ...structuredClone(ldir), code: 'nkom' });
    const diff = diffPolicies(defaultPolicy, draft);
    expect(diff.map((d) => [d.path, d.before === null ? 'added' : d.after === null ? 'removed' : 'changed'])).toEqual([
      ['agencies.nkom', 'added'],
      ['agencies.ldir', 'removed'],
      ['agencies (order)', 'changed'],
    ]);
  });
});
