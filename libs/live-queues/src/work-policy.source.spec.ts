import { Logger } from '@nestjs/common';
import { DefaultWorkPolicy } from './work-policy';
import { InvalidWorkPolicy, WorkPolicySource, WorkPolicyStore } from './work-policy.source';

class StoredDocument implements WorkPolicyStore {
  saved = 0;
  constructor(public document: unknown) {}
  policyDocument(): Promise<unknown> {
    return Promise.resolve(this.document);
  }
  savePolicyDocument(document: Record<string, unknown>): Promise<void> {
    this.document = document;
    this.saved++;
    return Promise.resolve();
  }
}

describe('WorkPolicySource', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('stores nothing that fails the checks and names each problem by its path', async () => {
    const store = new StoredDocument({ averageHandlingMinutes: 10 });
    const source = new WorkPolicySource(store, undefined);
    const refused = source.replace({ queues: null, defaultCapacity: { email: -3 } }, 'supervisor');
    await expect(refused).rejects.toBeInstanceOf(InvalidWorkPolicy);
    await expect(refused).rejects.toMatchObject({
      kind: 'invalid',
      problems: [
        { path: 'queues', message: expect.stringContaining('must be an object') as unknown },
        { path: 'defaultCapacity.email', message: '-3 must be a whole number from 0 to 50' },
      ],
    });
    expect(store).toMatchObject({ saved: 0, document: { averageHandlingMinutes: 10 } });

    await expect(source.replace({ averageHandlingMinutes: 5 }, 'supervisor')).resolves.toMatchObject({ averageHandlingMinutes: 5 });
    expect(store.saved).toBe(1);
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
    expect(store.saved).toBe(0);
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
