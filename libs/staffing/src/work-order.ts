import type { Channel } from '@inquiry-router/contracts';

/**
 * How the system orders waiting work and how much an adviser may hold, as the simulation needs it.
 * The values mirror `DefaultWorkPolicy` in libs/live-queues (an infrastructure library, which a
 * domain library may not import); a published work policy is passed in the same shape.
 */
export interface SimulatedWorkPolicy {
  /** A channel's head start in minutes (a waiting caller comes before an email received a day earlier). */
  channelWeightMinutes: Record<Channel, number>;
  /** What one adviser may hold at once per channel: one call; several written inquiries. */
  capacity: Record<Channel, number>;
}

export const DefaultSimulatedWorkPolicy: SimulatedWorkPolicy = {
  channelWeightMinutes: { phone: 24 * 60, social: 60, email: 0 },
  capacity: { phone: 1, email: 3, social: 3 },
};

/**
 * An inquiry's place in the queue, lower first, in seconds: its due time less its channel's head
 * start, ties broken by age — the formula of `queueScore` (libs/live-queues), on the simulation's
 * clock (seconds from the day's start) instead of epoch milliseconds.
 */
export function simulatedQueueScore(receivedAt: number, dueAt: number, channelWeightMinutes: number): number {
  return dueAt - channelWeightMinutes * 60 + (receivedAt - dueAt) * AgeTieBreakWeight;
}

/** As `AgeTieBreakWeight` in libs/live-queues. */
export const AgeTieBreakWeight = 1e-3;
