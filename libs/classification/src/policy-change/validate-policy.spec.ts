import { defaultPolicy } from '../default-policy/default-policy';
import { RoutingPolicy } from '../policy';
import { patternProblem, problemsIntroduced, termProblem, validatePolicy } from './validate-policy';

const copy = (): RoutingPolicy => structuredClone(defaultPolicy);
// The default policy carries a few flaws of its own (see the first test); these tests look at what a change adds.
const introduced = (policy: RoutingPolicy) => problemsIntroduced(defaultPolicy, policy).introduced;
const paths = (policy: RoutingPolicy) => introduced(policy).map((p) => p.path);

describe('validatePolicy', () => {
  it('finds nothing structural in the default policy: at most redundant or unmatchable terms', () => {
    for (const problem of validatePolicy(defaultPolicy)) expect(problem.message).toMatch(/listed twice|"\*"/);
    expect(introduced(copy())).toEqual([]);
  });

  it('holds against a draft only what it introduces, and reports what it inherits', () => {
    const policy = copy();
    policy.agencies[0].vocabulary.weak = [...(policy.agencies[0].vocabulary.weak ?? []), 'vat'];
    const { introduced: added, inherited } = problemsIntroduced(defaultPolicy, policy);
    expect(added).toEqual([
      { path: `agencies.skd.vocabulary.weak[${policy.agencies[0].vocabulary.weak.length - 1}]`, message: '"vat" is listed twice' },
    ]);
    expect(inherited).toEqual(validatePolicy(defaultPolicy));
  });

  it('names a form-number pattern that does not compile, by agency code and index', () => {
    const policy = copy();
    policy.agencies.find((a) => a.code === 'ssb')!.formNumberPatterns.push('\\bra[- ]?(\\d{4}');
    const problems = introduced(policy);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe('agencies.ssb.formNumberPatterns[1]');
    expect(problems[0].message).toMatch(/not a valid regular expression/);
  });

  it('refuses a pattern that matches every text, and a bad error-code pattern', () => {
    const policy = copy();
    policy.agencies[0].formNumberPatterns = ['(rf)?'];
    policy.vocabularies.secondLine.errorCodePatterns.push('[a-');
    expect(paths(policy)).toEqual([
      'agencies.skd.formNumberPatterns[0]',
      `vocabularies.secondLine.errorCodePatterns[${defaultPolicy.vocabularies.secondLine.errorCodePatterns.length}]`,
    ]);
    expect(introduced(policy)[0].message).toMatch(/matches an empty text/);
  });

  it('refuses a pattern whose matching time can explode, naming it', () => {
    const policy = copy();
    policy.vocabularies.secondLine.errorCodePatterns.push('\\bref-(a+)+$');
    const problems = introduced(policy);
    expect(problems).toEqual([
      {
        path: `vocabularies.secondLine.errorCodePatterns[${defaultPolicy.vocabularies.secondLine.errorCodePatterns.length}]`,
        message: expect.stringMatching(/^"\\\\bref-\(a\+\)\+\$" could make the classifier hang: "\(a\+\)\+" repeats "a\+"/) as unknown,
      },
    ]);
  });

  it('requires unique, well-formed agency codes and names repeated ones by position', () => {
    const policy = copy();
    policy.agencies.push({ ...structuredClone(policy.agencies[1]) });
    policy.agencies[2].code = 'NAV!';
    // Only the code problems: the copied agreement also repeats whatever flaws the original has.
    const problems = introduced(policy).filter((p) => p.path.endsWith('.code'));
    expect(problems.map((p) => p.path)).toEqual(['agencies[1].code', 'agencies[2].code', `agencies[${policy.agencies.length - 1}].code`]);
    expect(problems[0].message).toMatch(/more than one agreement/);
    expect(problems[1].message).toMatch(/not an agency code/);
  });

  it('keeps the threshold in [0, 1]', () => {
    for (const bad of [-0.1, 1.01, Number.NaN]) {
      const policy = { ...copy(), confidenceThreshold: bad };
      expect(paths(policy)).toEqual(['confidenceThreshold']);
    }
    expect(introduced({ ...copy(), confidenceThreshold: 1 })).toEqual([]);
  });

  it('refuses empty and unmatchable terms wherever they are', () => {
    const policy = copy();
    policy.agencies[0].vocabulary.strong = ['skatt', ' '];
    policy.agencies[0].vocabulary.weak = ['*'];
    policy.agencies[0].exceptions[0].terms = [];
    policy.vocabularies.blocking.negations.push('!!!');
    expect(paths(policy)).toEqual([
      'agencies.skd.vocabulary.strong[1]',
      'agencies.skd.vocabulary.weak[0]',
      'agencies.skd.exceptions[0].terms',
      `vocabularies.blocking.negations[${defaultPolicy.vocabularies.blocking.negations.length}]`,
    ]);
  });

  it('checks exception categories, org numbers, examples and duplicate terms', () => {
    const policy = copy();
    const skd = policy.agencies[0];
    skd.exceptions[0].category = 'tax' as never;
    skd.orgNumber = '97476107';
    skd.examples = [{ text: 'Hvilken sats gjelder?' }, { text: '' }];
    skd.vocabulary.weak = ['fiskeavgift', 'Fiskeavgift'];
    expect(paths(policy)).toEqual([
      'agencies.skd.orgNumber',
      'agencies.skd.vocabulary.weak[1]',
      'agencies.skd.exceptions[0].category',
      'agencies.skd.examples[1].text',
    ]);
  });

  it('refuses a contact point both desks claim', () => {
    const policy = copy();
    policy.contactPoints.servicedesk.phones.push('0047 75006000');
    const problems = introduced(policy);
    expect(problems).toEqual([
      { path: 'contactPoints.servicedesk.phones[1]', message: expect.stringMatching(/also a support contact point/) as unknown },
    ]);
  });

  it('checks every weighted and term list of the vocabularies by its path, the later-added lists when present', () => {
    const policy = copy();
    const v = policy.vocabularies as unknown as Record<string, Record<string, unknown>>;
    v.servicedesk.integration = ['api'];
    v.servicedeskCaseTypes.bestilling = { strong: ['bestille'], often: ['x'] };
    v.secondLine.notEarlierContact = 'første gang';
    v.secondLine.contactWords = [''];
    delete v.secondLine.repeatMarkers;
    expect(paths(policy)).toEqual([
      'vocabularies.servicedesk.integration',
      'vocabularies.servicedeskCaseTypes.bestilling.often',
      'vocabularies.secondLine.notEarlierContact',
      'vocabularies.secondLine.contactWords[0]',
    ]);
  });

  it('survives a document that is not shaped like a policy at all', () => {
    const problems = validatePolicy({ version: 'x', agencies: 'none' } as unknown as RoutingPolicy);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['confidenceThreshold', 'contactPoints', 'agencies', 'ivrMenuCategories', 'vocabularies']),
    );
  });
});

describe('termProblem and patternProblem', () => {
  it.each(['a-melding', 'deleger*', '*refusjon', 'får ~ logget', 'Årsregnskap'])('accepts the term %p', (term) => {
    expect(termProblem(term)).toBeNull();
  });

  it.each(['', '   ', '~ logget', 'logget ~', '*a*', 'fo*o', '**', '?!'])('refuses the term %p', (term) => {
    expect(termProblem(term)).not.toBeNull();
  });

  it('compiles patterns as the classifier does: æøå folded, case-insensitive', () => {
    expect(patternProblem('\\bårsoppgjør\\b')).toBeNull();
    expect(patternProblem('(?<!x')).toMatch(/not a valid regular expression/);
    expect(patternProblem('a*')).toMatch(/empty text/);
  });
});
