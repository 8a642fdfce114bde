import { AgeTieBreakWeight as SimulatedAgeTieBreakWeight, DefaultSimulatedWorkPolicy, simulatedQueueScore } from '@inquiry-router/staffing';
import { AgeTieBreakWeight, queueScore } from './queue-score';
import { DefaultWorkPolicy } from './work-policy';

// The staffing simulation (a domain library, which may not import this one) orders waiting work
// by a copy of the queue score and the default policy: these keep the copy honest.
describe('the staffing simulation orders work as the live queues do', () => {
  it('has the default channel head starts, capacities and tie-break weight', () => {
    expect(DefaultSimulatedWorkPolicy.channelWeightMinutes).toEqual(DefaultWorkPolicy.channelWeightMinutes);
    expect(DefaultSimulatedWorkPolicy.capacity).toEqual(DefaultWorkPolicy.defaultCapacity);
    expect(SimulatedAgeTieBreakWeight).toBe(AgeTieBreakWeight);
  });

  it('scores inquiries in the same order as queueScore', () => {
    const dayStart = Date.parse('2026-03-03T07:00:00Z');
    const waiting = [
      { channel: 'phone' as const, receivedS: 3_600, dueS: 3_660 },
      { channel: 'email' as const, receivedS: 0, dueS: 100_000 },
      { channel: 'social' as const, receivedS: 1_800, dueS: 16_200 },
      { channel: 'email' as const, receivedS: 60, dueS: 100_000 },
    ];
    const order = (score: (w: (typeof waiting)[number]) => number) =>
      waiting
        .map((w, i) => ({ i, score: score(w) }))
        .sort((a, b) => a.score - b.score)
        .map((s) => s.i);
    const live = order((w) =>
      queueScore(
        { channel: w.channel, receivedAt: new Date(dayStart + w.receivedS * 1000), dueAt: new Date(dayStart + w.dueS * 1000) },
        DefaultWorkPolicy,
      ),
    );
    const simulated = order((w) => simulatedQueueScore(w.receivedS, w.dueS, DefaultSimulatedWorkPolicy.channelWeightMinutes[w.channel]));
    expect(simulated).toEqual(live);
    expect(live).toEqual([0, 2, 1, 3]);
  });
});
