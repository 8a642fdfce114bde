import { Logger } from '@nestjs/common';
import { DefaultWorkPolicy } from './work-policy';
import { WorkPolicySource, WorkPolicyStore } from './work-policy.source';

class StoredDocument implements WorkPolicyStore {
  constructor(public document: unknown) {}
  policyDocument(): Promise<unknown> {
    return Promise.resolve(this.document);
  }
}

describe('WorkPolicySource', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('checks a document without storing it, answering with the policy it would put in force (env overrides on top)', () => {
    const store = new StoredDocument({});
    const source = new WorkPolicySource(store, JSON.stringify({ averageHandlingMinutes: 3 }));
    expect(source.check({ channelWeightMinutes: { social: 90 } })).toEqual({
      ...DefaultWorkPolicy,
      averageHandlingMinutes: 3,
      channelWeightMinutes: { ...DefaultWorkPolicy.channelWeightMinutes, social: 90 },
    });
    expect(() => source.check({ queues: { 'first-line': { overflowTo: 'first-line' } } })).toThrow(
      'the policy has 1 problem(s): queues.first-line.overflowTo: first-line → first-line is a cycle',
    );
  });

  it('reads a stored document that fails the checks with the defaults for its bad parts, warning once per document', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-03T10:00:00Z') });
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const store = new StoredDocument({ queues: null, averageHandlingMinutes: 12 });
    const source = new WorkPolicySource(store, undefined);
    const readAgain = async () => {
      jest.setSystemTime(Date.now() + 6_000); // past the cache's lifetime
      return source.get();
    };
    expect(await source.get()).toEqual({ ...DefaultWorkPolicy, averageHandlingMinutes: 12 });
    expect(await readAgain()).toEqual({ ...DefaultWorkPolicy, averageHandlingMinutes: 12 });
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/defaults apply: queues: null must be an object/)]]);

    store.document = { queues: { servicedesk: { overflowTo: 'archive' } } };
    expect(await readAgain()).toEqual(DefaultWorkPolicy);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1][0]).toMatch(/queues\.servicedesk\.overflowTo: "archive" is not a queue/);
  });
});
