import { checkWorkPolicyDocument } from './work-policy-check';
import { checkedWorkPolicy, DefaultWorkPolicy } from './work-policy';

const paths = (document: unknown) => checkWorkPolicyDocument(document).problems.map((p) => p.path);

describe('checkWorkPolicyDocument', () => {
  it('passes the defaults, an empty document and a partial one as they are', () => {
    for (const document of [
      DefaultWorkPolicy,
      {},
      { channelWeightMinutes: { social: 120 }, queues: { 'first-line': { overflowTo: 'second-line' } } },
    ]) {
      expect(checkWorkPolicyDocument(document)).toEqual({ valid: document, problems: [] });
    }
  });

  it('refuses what is not an object where one is expected, naming the path', () => {
    expect(checkWorkPolicyDocument({ queues: null }).problems).toEqual([
      { path: 'queues', message: 'null must be an object with any of first-line, second-line, servicedesk' },
    ]);
    expect(paths([])).toEqual(['']);
    expect(paths({ queues: { servicedesk: 'fast' }, targetSeconds: [60] })).toEqual(['queues.servicedesk', 'targetSeconds']);
  });

  it('knows only the fields, queues and channels of a WorkPolicy', () => {
    const problems = checkWorkPolicyDocument({
      queus: {},
      channelWeightMinutes: { fax: 10 },
      queues: { 'third-line': {}, 'first-line': { reservationSecs: 60 } },
    }).problems;
    expect(problems.map((p) => p.path)).toEqual([
      'queus',
      'channelWeightMinutes.fax',
      'queues.third-line',
      'queues.first-line.reservationSecs',
    ]);
    expect(problems[0].message).toBe(
      'is not a known field (known: channelWeightMinutes, targetSeconds, averageHandlingMinutes, queues, defaultCapacity)',
    );
  });

  it('keeps numbers in their ranges, whole where they count things', () => {
    const document = {
      averageHandlingMinutes: 0,
      targetSeconds: { phone: -1, email: '60' },
      defaultCapacity: { phone: 1.5, social: 51 },
      queues: { 'first-line': { reservationSeconds: 0, waitLimitMinutes: Number.NaN, divertAfterMinutes: 60 * 24 * 31 } },
    };
    expect(paths(document)).toEqual([
      'averageHandlingMinutes',
      'targetSeconds.phone',
      'targetSeconds.email',
      'defaultCapacity.phone',
      'defaultCapacity.social',
      'queues.first-line.reservationSeconds',
      'queues.first-line.waitLimitMinutes',
      'queues.first-line.divertAfterMinutes',
    ]);
    expect(checkWorkPolicyDocument(document).problems[3].message).toBe('1.5 must be a whole number from 0 to 50');
    expect(paths({ queues: { 'first-line': { reservationSeconds: 1, waitLimitMinutes: 1 } }, channelWeightMinutes: { email: 0 } })).toEqual(
      [],
    );
  });

  it('lets overflowTo and divertTo name a queue or null, nothing else', () => {
    const problems = checkWorkPolicyDocument({ queues: { 'first-line': { overflowTo: 'supervisors', divertTo: null } } }).problems;
    expect(problems).toEqual([
      { path: 'queues.first-line.overflowTo', message: '"supervisors" is not a queue (first-line, second-line, servicedesk) or null' },
    ]);
  });

  it('keeps the valid parts of a document with problems', () => {
    const { valid } = checkWorkPolicyDocument({
      queues: { 'first-line': { reservationSeconds: 30, overflowTo: 7 } },
      averageHandlingMinutes: -1,
    });
    expect(valid).toEqual({ queues: { 'first-line': { reservationSeconds: 30 } } });
  });
});

describe('checkedWorkPolicy', () => {
  it('refuses overflowTo and divertTo links that make a cycle, on every queue of it', () => {
    const { problems } = checkedWorkPolicy({
      queues: {
        'first-line': { overflowTo: 'second-line' },
        'second-line': { overflowTo: 'servicedesk' },
        servicedesk: { overflowTo: 'first-line', divertTo: 'servicedesk' },
      },
    });
    expect(problems).toEqual([
      { path: 'queues.first-line.overflowTo', message: 'first-line → second-line → servicedesk → first-line is a cycle' },
      { path: 'queues.second-line.overflowTo', message: 'second-line → servicedesk → first-line → second-line is a cycle' },
      { path: 'queues.servicedesk.overflowTo', message: 'servicedesk → first-line → second-line → servicedesk is a cycle' },
      { path: 'queues.servicedesk.divertTo', message: 'servicedesk → servicedesk is a cycle' },
    ]);
  });

  it('accepts a chain that ends', () => {
    const chain = { queues: { 'first-line': { overflowTo: 'second-line' }, 'second-line': { overflowTo: 'servicedesk' } } };
    expect(checkedWorkPolicy(chain).problems).toEqual([]);
    // A queue leading into a cycle it is not on is not reported for it.
    const into = {
      queues: {
        'first-line': { divertTo: 'second-line' },
        'second-line': { divertTo: 'servicedesk' },
        servicedesk: { divertTo: 'second-line' },
      },
    };
    expect(checkedWorkPolicy(into).problems.map((p) => p.path)).toEqual(['queues.second-line.divertTo', 'queues.servicedesk.divertTo']);
  });

  it('uses the defaults for the parts with problems, later documents over earlier ones', () => {
    const stored = { queues: null, averageHandlingMinutes: 12, channelWeightMinutes: { social: 'high', email: 30 } };
    const overrides = { queues: { 'first-line': { reservationSeconds: 2, divertTo: 'first-line' } } };
    const { policy, problems } = checkedWorkPolicy(stored, overrides);
    expect(problems.map((p) => p.path)).toEqual(['queues', 'channelWeightMinutes.social', 'queues.first-line.divertTo']);
    expect(policy).toEqual({
      ...DefaultWorkPolicy,
      averageHandlingMinutes: 12,
      channelWeightMinutes: { ...DefaultWorkPolicy.channelWeightMinutes, email: 30 },
      queues: { ...DefaultWorkPolicy.queues, 'first-line': { ...DefaultWorkPolicy.queues['first-line'], reservationSeconds: 2 } },
    });
  });
});
